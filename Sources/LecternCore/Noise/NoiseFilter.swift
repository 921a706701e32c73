import Foundation

/// Keeps page chrome out of the reading text and records every line it drops.
enum NoiseFilter {
    /// Chrome lines are short; a longer line is checked only for boilerplate phrases.
    static let longestChromeBytes = 240
    static let longestBoilerplateBytes = 480

    static func filter(_ contents: [LineContent], in bytes: UnsafeBufferPointer<UInt8>)
        -> (kept: [LineContent], dropped: [DroppedLine]) {
        var kept: [LineContent] = []
        kept.reserveCapacity(contents.count)
        var dropped: [DroppedLine] = []
        var previousTitleLike: (start: Int, end: Int)?
        for content in contents {
            if let rule = rule(for: content, in: bytes) {
                dropped.append(DroppedLine(line: content.lineIndex + 1, rule: rule))
                continue
            }
            let length = content.end - content.start
            let titleLike = length <= 150 && !endsWithSentencePunctuation(content, in: bytes)
            if titleLike, let previous = previousTitleLike,
               previous.end - previous.start == length,
               memcmp(bytes.baseAddress! + previous.start, bytes.baseAddress! + content.start, length) == 0 {
                dropped.append(DroppedLine(line: content.lineIndex + 1, rule: .repeatedTitle))
                continue
            }
            previousTitleLike = titleLike ? (content.start, content.end) : nil
            kept.append(content)
        }
        return (kept, dropped)
    }

    private static func rule(for content: LineContent, in bytes: UnsafeBufferPointer<UInt8>) -> NoiseRule? {
        let length = content.end - content.start
        guard length <= longestBoilerplateBytes else { return nil }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[content.start..<content.end]), as: UTF8.self)
        if length > longestChromeBytes || endsWithSentencePunctuation(content, in: bytes) {
            return NoiseClassifier.isSiteBoilerplate(line) ? .siteBoilerplate : nil
        }
        return NoiseClassifier.rule(for: line)
    }

    /// 。！？ and a closing quote after them end sentences; chrome lines do not end that way.
    private static func endsWithSentencePunctuation(_ content: LineContent, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = UTF8Text.previousScalarStart(in: bytes, before: content.end, floor: content.start)
        let s = UTF8Text.folded(UTF8Text.scalar(in: bytes, at: last).value)
        return s == Scalar.ideographicPeriod || s == Scalar.exclamation || s == Scalar.question || s == 0x201D
            || s == Scalar.semicolon
    }
}
