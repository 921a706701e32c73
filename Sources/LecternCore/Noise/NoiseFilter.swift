import Foundation

/// Keeps page chrome out of the reading text and records every line it drops.
enum NoiseFilter {
    /// Chrome lines are short; a longer line is checked only for boilerplate phrases, and only near the
    /// document's edges, where sharing sites put them ("由会员分享…" above the text, "试读结束…" below it).
    static let longestChromeBytes = 240
    static let longestBoilerplateBytes = 480
    static let edgeLines = 100

    static func filter(_ contents: [LineContent], in bytes: UnsafeBufferPointer<UInt8>, workers: Int)
        -> (kept: [LineContent], dropped: [DroppedLine]) {
        let parts = ParallelWork.ranges(contents.count, parts: workers)
        let results = ParallelWork.map(parts.count) { dropChrome(contents, parts[$0], in: bytes) }
        let kept = results.flatMap(\.kept)
        let (titlesKept, repeated) = dropRepeatedTitles(kept, in: bytes)
        var dropped = results.flatMap(\.dropped) + repeated
        if !repeated.isEmpty { dropped.sort { $0.line < $1.line } }
        return (titlesKept, dropped)
    }

    /// Applies the chrome rules to `contents[range]`; positions near either end of the whole document also get
    /// the boilerplate check on long lines.
    private static func dropChrome(_ contents: [LineContent], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
        -> (kept: [LineContent], dropped: [DroppedLine]) {
        var kept: [LineContent] = []
        kept.reserveCapacity(range.count)
        var dropped: [DroppedLine] = []
        let tailStart = contents.count - edgeLines
        for position in range {
            let content = contents[position]
            let nearEdge = position < edgeLines || position >= tailStart
            if let rule = rule(for: content, in: bytes, nearEdge: nearEdge) {
                dropped.append(DroppedLine(line: content.lineIndex + 1, rule: rule))
            } else {
                kept.append(content)
            }
        }
        return (kept, dropped)
    }

    /// A short title-like line repeated right after itself (scraped pages repeat the title) is kept once.
    private static func dropRepeatedTitles(_ contents: [LineContent], in bytes: UnsafeBufferPointer<UInt8>)
        -> (kept: [LineContent], dropped: [DroppedLine]) {
        var kept: [LineContent] = []
        kept.reserveCapacity(contents.count)
        var dropped: [DroppedLine] = []
        var previousTitleLike: LineContent?
        for content in contents {
            let length = content.end - content.start
            let titleLike = length <= 150 && !endsWithSentencePunctuation(content, in: bytes)
            if titleLike, let previous = previousTitleLike, previous.end - previous.start == length,
               memcmp(bytes.baseAddress! + previous.start, bytes.baseAddress! + content.start, length) == 0 {
                dropped.append(DroppedLine(line: content.lineIndex + 1, rule: .repeatedTitle))
                continue
            }
            previousTitleLike = titleLike ? content : nil
            kept.append(content)
        }
        return (kept, dropped)
    }

    private static func rule(for content: LineContent, in bytes: UnsafeBufferPointer<UInt8>,
                             nearEdge: Bool) -> NoiseRule? {
        let length = content.end - content.start
        guard length <= (nearEdge ? longestBoilerplateBytes : longestChromeBytes) else { return nil }
        let line = UnsafeBufferPointer(rebasing: bytes[content.start..<content.end])
        guard length <= shortLineBytes || hasChromeSignal(line) else { return nil }
        if NoiseClassifier.boilerplateNeedles.contains(where: { needle in
            needle.withUnsafeBufferPointer { ByteSearch.contains(line, $0) }
        }) {
            return .siteBoilerplate
        }
        if length > longestChromeBytes || endsWithSentencePunctuation(content, in: bytes) { return nil }
        return NoiseClassifier.rule(for: String(decoding: line, as: UTF8.self))
    }

    /// Lines this short may be a lone menu word; longer ones are checked only when they show a sign of chrome.
    static let shortLineBytes = 45

    /// ASCII (digits, ".docx", ">", "ICP", spaces between menu words) or 页 ： © ＞ » 版: every chrome line longer
    /// than a menu word has one of these, so most Chinese text lines skip the rules entirely.
    private static func hasChromeSignal(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = line.count
        while i < count {
            let b = line[i]
            if b >= 0x20, b < 0x7F { return true }
            if b == 0xC2, i + 1 < count, line[i + 1] == 0xA9 || line[i + 1] == 0xBB { return true } // © »
            if i + 2 < count {
                let b1 = line[i + 1], b2 = line[i + 2]
                if b == 0xE9, b1 == 0xA1, b2 == 0xB5 { return true } // 页
                if b == 0xEF, b1 == 0xBC, b2 == 0x9A || b2 == 0x9E { return true } // ： ＞
                if b == 0xE7, b1 == 0x89, b2 == 0x88 { return true } // 版
            }
            i += 1
        }
        return false
    }

    /// 。！？ and a closing quote after them end sentences; chrome lines do not end that way.
    private static func endsWithSentencePunctuation(_ content: LineContent, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = UTF8Text.previousScalarStart(in: bytes, before: content.end, floor: content.start)
        let s = UTF8Text.folded(UTF8Text.scalar(in: bytes, at: last).value)
        return s == Scalar.ideographicPeriod || s == Scalar.exclamation || s == Scalar.question || s == 0x201D
            || s == Scalar.semicolon
    }
}
