import Foundation

/// Where a speech starts and what its title is, before the outline is built.
struct SpeechSpan: Equatable {
    var paragraphRange: Range<Int>
    /// The title's lines (a title set on two or three lines has several).
    var titleParagraphs: [Int]
    /// Subtitle, date, speaker, byline and caption lines of the title block.
    var companions: [Int] = []
    var salutation: Int?
}

/// Splits a document's paragraphs into speeches and documents, each with its title block.
///
/// A speech starts at a salutation standing alone (同志们：), taking with it the title block just before it: up
/// to three title lines, then subtitle, date, speaker and caption lines. A document without a salutation starts
/// at a title block that follows the end of a previous text: title lines followed by a byline, date, speaker or
/// subtitle; a title naming a speech (…的讲话, …讲话要点, …的讲话（摘要）); or a title set on two or more lines.
/// Text before the first speech's title stays in the first speech.
enum SpeechSplitter {
    static let maximumTitleLines = 3

    static func split(
        paragraphs: [Paragraph], leading: [RecognizedMarker?],
        in bytes: UnsafeBufferPointer<UInt8>, workers: Int = 1
    ) -> [SpeechSpan] {
        guard !paragraphs.isEmpty else { return [] }
        let lines = BlockLines(paragraphs: paragraphs, leading: leading, bytes: bytes)
        let mayStart = lines.mayStartSpeech(workers: workers)
        var spans: [SpeechSpan] = []
        var i = 0
        while i < paragraphs.count {
            defer { i += 1 }
            guard mayStart[i] else { continue }
            let floor =
                spans.last.map { ($0.salutation ?? $0.companions.last ?? $0.titleParagraphs.last ?? -1) + 1 } ?? 0
            guard let span = lines.speechStart(at: i, floor: floor) else { continue }
            // A salutation a caption's length after a title block without one is that block's salutation.
            if let last = spans.last, last.salutation == nil, let salutation = span.salutation,
                span.titleParagraphs.isEmpty, span.companions.isEmpty, salutation - floor <= 1,
                !(last.titleParagraphs.isEmpty && last.companions.isEmpty)
            {
                spans[spans.count - 1].salutation = salutation
                continue
            }
            if spans.isEmpty {
                spans.append(
                    SpeechSpan(
                        paragraphRange: 0..<paragraphs.count, titleParagraphs: span.titleParagraphs,
                        companions: span.companions, salutation: span.salutation))
            } else {
                let previous = spans[spans.count - 1].paragraphRange.lowerBound
                spans[spans.count - 1].paragraphRange = previous..<span.paragraphRange.lowerBound
                spans.append(span)
            }
            i = max(i, span.salutation ?? span.companions.last ?? span.titleParagraphs.last ?? i)
        }
        if spans.isEmpty { spans = [SpeechSpan(paragraphRange: 0..<paragraphs.count, titleParagraphs: [])] }
        separateWrapperHead(&spans, lines)
        separateDistributionBlock(&spans, lines)
        return spans
    }

    /// 抄送：… 主送：… (either colon) as bytes.
    static let distributionLabels: [[UInt8]] = ["抄送", "主送", "抄报", "分送", "报送"].flatMap { label in
        [Array((label + "：").utf8), Array((label + ":").utf8)]
    }

    /// Text before the first title block (a bulletin's head, an editor's note, a news lead) is a part of its own,
    /// not the opening of the first speech.
    private static func separateWrapperHead(_ spans: inout [SpeechSpan], _ lines: BlockLines) {
        guard let first = spans.first,
            let blockStart = (first.titleParagraphs + first.companions + [first.salutation].compactMap { $0 }).min(),
            blockStart > 0, (0..<blockStart).contains(where: lines.isText)
        else { return }
        let title = lines.kind(0) == .titleCandidate ? [0] : []
        spans[0].paragraphRange = blockStart..<first.paragraphRange.upperBound
        spans.insert(SpeechSpan(paragraphRange: 0..<blockStart, titleParagraphs: title), at: 0)
    }

    /// The 版记 at a document's end (抄送：…, 印发 lines) is a part of its own, not the last speech's text.
    private static func separateDistributionBlock(_ spans: inout [SpeechSpan], _ lines: BlockLines) {
        guard var last = spans.last else { return }
        let tail = max(last.paragraphRange.lowerBound + 1, last.paragraphRange.upperBound - maximumDistributionLines)
        guard tail < last.paragraphRange.upperBound,
            let start = (tail..<last.paragraphRange.upperBound).first(where: lines.isDistributionLine)
        else { return }
        last.paragraphRange = last.paragraphRange.lowerBound..<start
        spans[spans.count - 1] = last
        spans.append(
            SpeechSpan(
                paragraphRange: start..<lines.paragraphs.count,
                titleParagraphs: [start]))
    }

    /// Lines a 版记 holds at most.
    static let maximumDistributionLines = 6

    /// Classifies paragraphs as heading-block lines, lazily: only short unnumbered paragraphs are read, each once.
    private final class BlockLines {
        let paragraphs: [Paragraph]
        let leading: [RecognizedMarker?]
        let bytes: UnsafeBufferPointer<UInt8>
        /// A title block is looked at from its title, its companions and its salutation: classify once.
        private var kinds: [HeadingLine?]
        /// Short, ending no sentence and with no sentence mark inside (`mayHead`, not `hasSentenceMark`): worked out
        /// for every paragraph by `mayStartSpeech`, and read from here by the walk.
        private var headLike: [Bool] = []
        /// For a head-like paragraph, whether it ends with a colon or names a speech (so it can open a speech
        /// though text follows it): worked out beside `headLike`, not on the walk's one thread.
        private var opensBlock: [Bool] = []

        init(paragraphs: [Paragraph], leading: [RecognizedMarker?], bytes: UnsafeBufferPointer<UInt8>) {
            self.paragraphs = paragraphs
            self.leading = leading
            self.bytes = bytes
            kinds = [HeadingLine?](repeating: nil, count: paragraphs.count)
        }

        func kind(_ i: Int) -> HeadingLine {
            if let known = kinds[i] { return known }
            let kind = classify(i)
            kinds[i] = kind
            return kind
        }

        /// What `kind` answers, worked out without the cache (so it can run on several threads).
        private func classify(_ i: Int) -> HeadingLine {
            let range = paragraphs[i].byteRange
            guard range.count <= HeadingLine.longestTitleBytes, leading[i] == nil else { return .other }
            return HeadingLine.classify(bytes, range, hasLeadingMarker: false)
        }

        /// Paragraphs where `speechStart` may find a speech whatever came before: a short line that ends no
        /// sentence, has no sentence mark inside and reads as a salutation or a title line (it answers nil for
        /// any other, on those tests alone). Worked out in parts side by side; the kinds found are kept.
        func mayStartSpeech(workers: Int) -> [Bool] {
            let found = ParallelWork.mapEach(paragraphs.count, parts: workers) {
                i -> (headLike: Bool, kind: HeadingLine?, opensBlock: Bool) in
                guard mayHead(i), !hasSentenceMark(i) else { return (false, nil, false) }
                return (true, classify(i), endsWithColon(i) || namesASpeech(i))
            }
            headLike = found.map(\.headLike)
            opensBlock = found.map(\.opensBlock)
            for (i, entry) in found.enumerated() where entry.kind != nil { kinds[i] = entry.kind }
            return found.map { $0.kind == .salutation || $0.kind == .titleCandidate }
        }

        /// A cheap byte test before `kind`: short, and not ending a sentence (salutations end with a colon).
        func mayHead(_ i: Int) -> Bool {
            let range = paragraphs[i].byteRange
            guard range.count <= HeadingLine.longestTitleBytes, leading[i] == nil else { return false }
            let last = UTF8Text.previousScalarStart(in: bytes, before: range.upperBound, floor: range.lowerBound)
            let s = UTF8Text.folded(UTF8Text.scalar(in: bytes, at: last).value)
            return !(s == Scalar.ideographicPeriod || s == Scalar.exclamation || s == Scalar.question)
        }

        /// The speech that starts at paragraph `i`, if one does: `i` is a salutation, or the first title line of
        /// a document's title block. `floor` is the first paragraph after the previous speech's heading block.
        func speechStart(at i: Int, floor: Int) -> SpeechSpan? {
            // A sentence inside the line rules out a title and a salutation (`headLike`, found side by side
            // before the walk). So does a lone line before text (not the first, not naming a speech): it is a
            // heading, not a title.
            if !headLike[i] { return nil }
            if i != floor, !opensBlock[i], i + 1 < paragraphs.count, !headLike[i + 1] { return nil }
            let k = kind(i)
            if k == .salutation {
                var start = i
                while start > floor, kind(start - 1).isTitleCompanion { start -= 1 }
                let companionStart = start
                while start > floor, companionStart - start < maximumTitleLines, kind(start - 1) == .titleCandidate {
                    start -= 1
                }
                return SpeechSpan(
                    paragraphRange: start..<paragraphs.count, titleParagraphs: Array(start..<companionStart),
                    companions: Array(companionStart..<i), salutation: i)
            }
            guard k == .titleCandidate, i == floor || !isHeadingLine(i - 1) else { return nil }
            var end = i + 1
            while end < paragraphs.count, end - i < maximumTitleLines, kind(end) == .titleCandidate { end += 1 }
            if end - i == maximumTitleLines, isSubheading(end - 1, after: end - 2) { end -= 1 }
            var after = end
            while after < paragraphs.count, kind(after).isTitleCompanion { after += 1 }
            let salutation = after < paragraphs.count && kind(after) == .salutation ? after : nil
            // A document has text under its title block: an issuer and a date with nothing but the 版记 after them
            // are the 落款 (signature) of the text before.
            guard salutation != nil || hasBody(from: after) else { return nil }
            let titled = after > end || salutation != nil || end - i >= 2 || namesASpeech(end - 1)
            // A lone heading line at the very top is the title of the text under it.
            guard titled || i == 0 && end < paragraphs.count else { return nil }
            return SpeechSpan(
                paragraphRange: i..<paragraphs.count, titleParagraphs: Array(i..<end),
                companions: Array(end..<after), salutation: salutation)
        }

        /// Text — a sentence, a numbered heading, a salutation — among the paragraphs from `start`, before a 版记
        /// line or the end.
        private func hasBody(from start: Int) -> Bool {
            var j = start
            while j < paragraphs.count {
                if isDistributionLine(j) { return false }
                if hasSentenceMark(j) || isText(j) || leading[j] != nil || kind(j) == .salutation { return true }
                j += 1
            }
            return false
        }

        /// The last of three title-like lines that is a heading of the text under a two-line title: markedly
        /// shorter than the line before it (half its characters or less), text right after it, and not the
        /// genre word a title's last line can be (…的 / 通知).
        private func isSubheading(_ i: Int, after previous: Int) -> Bool {
            guard i + 1 < paragraphs.count, !kind(i + 1).isTitleCompanion, kind(i + 1) != .salutation, isText(i + 1)
            else { return false }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[paragraphs[i].byteRange]), as: UTF8.self)
            let before = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[paragraphs[previous].byteRange]), as: UTF8.self)
            guard text.count * 2 <= before.count else { return false }
            return !Self.titleGenres.contains { text.hasSuffix($0) }
        }

        /// What a document's title ends by naming: the last line of a title set on several lines may be only this.
        static let titleGenres = [
            "通知", "意见", "决定", "办法", "规定", "讲话", "报告", "方案", "纲要", "条例", "细则", "公告",
            "通报", "批复", "决议", "建议", "纪要", "致辞", "发言", "总结", "规划", "要点", "函", "提纲",
        ]

        private func endsWithColon(_ i: Int) -> Bool {
            let range = paragraphs[i].byteRange
            guard let last = range.last else { return false }
            return bytes[last] == 0x3A
                || range.count >= 3 && bytes[last] == 0x9A && bytes[last - 1] == 0xBC
                    && bytes[last - 2] == 0xEF
        }

        /// Real text: a sentence of some length, ended the Chinese way (。！？): ASCII ; or ! alone is not enough.
        func isText(_ i: Int) -> Bool {
            let range = paragraphs[i].byteRange
            guard range.count >= 45 else { return false }
            var p = range.lowerBound
            while p + 2 < range.upperBound {
                let b0 = bytes[p]
                let b1 = bytes[p + 1]
                let b2 = bytes[p + 2]
                if b0 == 0xE3, b1 == 0x80, b2 == 0x82 { return true }  // 。
                if b0 == 0xEF, b1 == 0xBC, b2 == 0x81 || b2 == 0x9F { return true }  // ！？
                p += 1
            }
            return false
        }

        /// 抄送：… 主送：… 印发: the distribution lines of an official document's 版记.
        func isDistributionLine(_ i: Int) -> Bool {
            let range = paragraphs[i].byteRange
            guard range.count <= 600, leading[i] == nil else { return false }
            // Compared as bytes: asked of the last lines of every file.
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            return SpeechSplitter.distributionLabels.contains { label in
                label.count <= line.count && memcmp(line.baseAddress!, label, label.count) == 0
            }
        }

        /// 。！？；(full or half width) anywhere in the paragraph, by bytes.
        func hasSentenceMark(_ i: Int) -> Bool {
            let range = paragraphs[i].byteRange
            var p = range.lowerBound
            while p < range.upperBound {
                let b = bytes[p]
                if b == 0x21 || b == 0x3F || b == 0x3B { return true }
                if p + 2 < range.upperBound {
                    let b1 = bytes[p + 1]
                    let b2 = bytes[p + 2]
                    if b == 0xE3, b1 == 0x80, b2 == 0x82 { return true }  // 。
                    if b == 0xEF, b1 == 0xBC, b2 == 0x81 || b2 == 0x9F || b2 == 0x9B { return true }  // ！？；
                }
                p += 1
            }
            return false
        }

        private func isHeadingLine(_ i: Int) -> Bool {
            let k = kind(i)
            return k == .titleCandidate || k.isTitleCompanion
        }

        /// 在…上的讲话, …讲话要点, …的讲话（摘要）, …的报告, …致辞: a title that names a speech.
        private func namesASpeech(_ i: Int) -> Bool {
            var end = paragraphs[i].byteRange.upperBound
            let start = paragraphs[i].byteRange.lowerBound
            func endsWith(_ suffix: [UInt8]) -> Bool {
                end - start >= suffix.count && bytes[(end - suffix.count)..<end].elementsEqual(suffix)
            }
            if let excerpt = Self.excerptMarks.first(where: endsWith) { end -= excerpt.count }
            return Self.speechWords.contains(where: endsWith)
        }

        /// What a speech's title ends with ("…的讲话", "…讲话（摘要）"), as bytes: the marks of an excerpt, then the
        /// genre words.
        static let excerptMarks = ["（摘要）", "(摘要)", "（节选）", "(节选)"].map { Array($0.utf8) }
        static let speechWords = ["讲话", "讲话要点", "讲话提纲", "发言", "致辞", "报告"].map { Array($0.utf8) }
    }

    static func string(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
