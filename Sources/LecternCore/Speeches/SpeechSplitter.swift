/// Where a speech starts and what its title is, before the outline is built.
struct SpeechSpan: Equatable {
    var paragraphRange: Range<Int>
    /// The title line and any subtitle lines right after it.
    var titleParagraphs: [Int]
    var salutation: Int?
}

/// Splits a document's paragraphs into speeches at salutations standing alone, taking with each salutation the
/// title lines just before it. Text before the first speech's title stays in the first speech.
enum SpeechSplitter {
    /// Longest title line, in bytes (about 40 Chinese characters).
    static let longestTitleBytes = 120
    static let maximumTitleLines = 3

    static func split(paragraphs: [Paragraph], leading: [RecognizedMarker?],
                      in bytes: UnsafeBufferPointer<UInt8>) -> [SpeechSpan] {
        guard !paragraphs.isEmpty else { return [] }
        let salutations = paragraphs.indices.filter { i in
            let range = paragraphs[i].byteRange
            return range.count <= 90 && leading[i] == nil && endsWithColon(range, in: bytes)
                && SalutationMatcher.isSalutation(string(range, bytes))
        }
        guard !salutations.isEmpty else {
            let title = isTitleLike(0, paragraphs, leading, bytes) && paragraphs.count > 1 ? [0] : []
            return [SpeechSpan(paragraphRange: 0..<paragraphs.count, titleParagraphs: title, salutation: nil)]
        }
        var spans: [SpeechSpan] = []
        var previousSalutation = -1
        for salutation in salutations {
            var start = salutation
            while start - 1 > previousSalutation, salutation - (start - 1) <= maximumTitleLines,
                  isTitleLike(start - 1, paragraphs, leading, bytes) {
                start -= 1
            }
            let titles = Array(start..<salutation)
            if spans.isEmpty {
                start = 0
            } else {
                spans[spans.count - 1].paragraphRange = spans[spans.count - 1].paragraphRange.lowerBound..<start
            }
            spans.append(SpeechSpan(paragraphRange: start..<paragraphs.count, titleParagraphs: titles,
                                    salutation: salutation))
            previousSalutation = salutation
        }
        return spans
    }

    /// A short line without sentence punctuation or numbering: "县长在干部述职评议会议上的讲话", "——在…上的报告".
    private static func isTitleLike(_ i: Int, _ paragraphs: [Paragraph], _ leading: [RecognizedMarker?],
                                    _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = paragraphs[i].byteRange
        guard range.count <= longestTitleBytes, leading[i] == nil else { return false }
        let text = string(range, bytes)
        return !text.contains(where: { "。！？；!?;".contains($0) }) && !endsWithColon(range, in: bytes)
    }

    private static func endsWithColon(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = UTF8Text.previousScalarStart(in: bytes, before: range.upperBound, floor: range.lowerBound)
        return UTF8Text.folded(UTF8Text.scalar(in: bytes, at: last).value) == Scalar.colon
    }

    static func string(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
