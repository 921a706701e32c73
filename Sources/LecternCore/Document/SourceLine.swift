import Foundation

/// One line of the decoded text (without its LF), as byte offsets into `DecodedText.utf8`.
public struct SourceLine: Sendable, Equatable {
    public let start: Int
    public let end: Int
    /// Code points before this line in the decoded text.
    public let codePointOffset: Int
}

/// A non-blank line with its edges trimmed: what becomes a paragraph unless the noise filter drops it.
struct LineContent {
    let lineIndex: Int
    let start: Int
    let end: Int
    let codePointOffset: Int
}

/// Splits decoded text into lines and finds the non-blank content of each, in one pass.
enum LineScanner {
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (lines: [SourceLine], contents: [LineContent]) {
        var lines: [SourceLine] = []
        var contents: [LineContent] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        contents.reserveCapacity(bytes.count / 80 + 1)
        guard let base = bytes.baseAddress, bytes.count > 0 else { return ([], []) }
        var start = 0
        var codePoints = 0
        let count = bytes.count
        while start <= count {
            var end: Int
            if start < count, let hit = memchr(base + start, 0x0A, count - start) {
                end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            } else {
                end = count
            }
            let lineCodePoints = UTF8Text.codePointCount(in: bytes, start..<end)
            lines.append(SourceLine(start: start, end: end, codePointOffset: codePoints))
            if let content = trimmed(bytes, start..<end, codePointOffset: codePoints, lineIndex: lines.count - 1) {
                contents.append(content)
            }
            codePoints += lineCodePoints + 1
            if end >= count { break }
            start = end + 1
            if start == count { break }  // a final LF ends the last line; it does not open an empty one
        }
        return (lines, contents)
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, codePointOffset: Int,
                                lineIndex: Int) -> LineContent? {
        var lo = range.lowerBound, hi = range.upperBound
        var leadingCodePoints = 0
        while lo < hi {
            let (value, length) = UTF8Text.scalar(in: bytes, at: lo)
            guard UTF8Text.isBlank(value) else { break }
            lo += length
            leadingCodePoints += 1
        }
        guard lo < hi else { return nil }
        while hi > lo {
            let start = UTF8Text.previousScalarStart(in: bytes, before: hi, floor: lo)
            guard UTF8Text.isBlank(UTF8Text.scalar(in: bytes, at: start).value) else { break }
            hi = start
        }
        return LineContent(lineIndex: lineIndex, start: lo, end: hi, codePointOffset: codePointOffset + leadingCodePoints)
    }
}
