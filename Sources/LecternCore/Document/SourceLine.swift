import Foundation

/// One line of the decoded text (without its LF), as byte offsets into `DecodedText.utf8`.
///
/// Stored in 32 bits a field (a decoded text stays under 4 GiB: `DocumentLoader.maxFileBytes` is 2 GiB, and
/// decoding at most grows it by half): a 100 MB text has 660,000 lines, and 12 bytes a line instead of 24.
public struct SourceLine: Sendable, Equatable {
    private let start32: UInt32
    private let end32: UInt32
    private let codePointOffset32: UInt32

    public var start: Int { Int(start32) }
    public var end: Int { Int(end32) }
    /// Code points before this line in the decoded text.
    public var codePointOffset: Int { Int(codePointOffset32) }

    init(start: Int, end: Int, codePointOffset: Int) {
        start32 = UInt32(start)
        end32 = UInt32(end)
        codePointOffset32 = UInt32(codePointOffset)
    }
}

/// A non-blank line with its edges trimmed: what becomes a paragraph unless the noise filter drops it.
/// (Passed through filtering and reflow as whole arrays, so kept in 32-bit fields, like `SourceLine`.)
///
/// Its first and last characters (folded: `UTF8Text.folded`) are read while the line scan has the bytes in cache:
/// the noise filter and reflow ask how a line ends, and the marker recognizer how a paragraph starts, for every
/// line of the text; answered from here, those passes touch the text only where a line may matter.
struct LineContent {
    private let lineIndex32: UInt32
    private let start32: UInt32
    private let end32: UInt32
    private let codePointOffset32: UInt32
    private let firstScalar32: UInt32
    private let lastScalar32: UInt32

    var lineIndex: Int { Int(lineIndex32) }
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    var codePointOffset: Int { Int(codePointOffset32) }
    var firstScalar: UInt32 { firstScalar32 }
    var lastScalar: UInt32 { lastScalar32 }

    init(lineIndex: Int, start: Int, end: Int, codePointOffset: Int, firstScalar: UInt32, lastScalar: UInt32) {
        lineIndex32 = UInt32(lineIndex)
        start32 = UInt32(start)
        end32 = UInt32(end)
        codePointOffset32 = UInt32(codePointOffset)
        firstScalar32 = firstScalar
        lastScalar32 = lastScalar
    }

    /// `start..<end` of `bytes` (not empty), its edge characters read from the bytes.
    init(lineIndex: Int, start: Int, end: Int, codePointOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let last = UTF8Text.previousScalarStart(in: bytes, before: end, floor: start)
        self.init(
            lineIndex: lineIndex, start: start, end: end, codePointOffset: codePointOffset,
            firstScalar: UTF8Text.folded(UTF8Text.scalar(in: bytes, at: start).value),
            lastScalar: UTF8Text.folded(UTF8Text.scalar(in: bytes, at: last).value))
    }

    /// One paragraph from `self` through `last`, a later line.
    func joined(through last: LineContent) -> LineContent {
        LineContent(
            lineIndex: lineIndex, start: start, end: last.end, codePointOffset: codePointOffset,
            firstScalar: firstScalar, lastScalar: last.lastScalar)
    }

    /// The same content with its line index and code points counted from further back.
    func shifted(lines: Int, codePoints: Int) -> LineContent {
        LineContent(
            lineIndex: lineIndex + lines, start: start, end: end, codePointOffset: codePointOffset + codePoints,
            firstScalar: firstScalar, lastScalar: lastScalar)
    }
}

/// Splits decoded text into lines and finds the non-blank content of each, in one pass.
enum LineScanner {
    /// Lines and contents of the whole text.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, workers: Int) -> (
        lines: [SourceLine], contents: [LineContent]
    ) {
        // Several chunks a core, taken by whichever is free: a text's parts do not scan equally fast.
        let chunks = ParallelWork.lineAlignedRanges(bytes, parts: ParallelWork.slices(forWorkers: workers))
        let parts = ParallelWork.map(chunks.count) { scan(bytes, chunks[$0]) }
        guard parts.count > 1 else {
            // The document keeps its lines: a small file's are copied to their size, or the room reserved for a
            // text of short lines would stay with it (a folder's thousands of files would hold it all).
            guard let part = parts.first else { return ([], []) }
            return (part.lines.count * 2 < part.lines.capacity ? part.lines.copiedToSize() : part.lines, part.contents)
        }
        // Each chunk counted its lines and code points from zero; shift them by what came before, each chunk into
        // its place on the cores side by side.
        let lineBases = ParallelWork.starts(parts.map(\.lines.count))
        let codePointBases = ParallelWork.starts(parts.map(\.codePoints))
        let lines: [SourceLine] = ParallelWork.concatenated(parts.map(\.lines.count)) { k, place in
            let shift = codePointBases[k]
            for (i, line) in parts[k].lines.enumerated() {
                (place.baseAddress! + i).initialize(
                    to: SourceLine(start: line.start, end: line.end, codePointOffset: line.codePointOffset + shift))
            }
        }
        let contents: [LineContent] = ParallelWork.concatenated(parts.map(\.contents.count)) { k, place in
            for (i, content) in parts[k].contents.enumerated() {
                (place.baseAddress! + i).initialize(
                    to: content.shifted(lines: lineBases[k], codePoints: codePointBases[k]))
            }
        }
        return (lines, contents)
    }

    /// Lines of `range`, which starts at a line start; line indices and code points count from the range's start.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
        -> (lines: [SourceLine], contents: [LineContent], codePoints: Int)
    {
        var lines: [SourceLine] = []
        var contents: [LineContent] = []
        lines.reserveCapacity(range.count / 40 + 1)
        contents.reserveCapacity(range.count / 80 + 1)
        guard let base = bytes.baseAddress, !range.isEmpty else { return ([], [], 0) }
        var start = range.lowerBound
        var codePoints = 0
        let count = range.upperBound
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
        return (lines, contents, codePoints)
    }

    private static func trimmed(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, codePointOffset: Int,
        lineIndex: Int
    ) -> LineContent? {
        var lo = range.lowerBound
        var hi = range.upperBound
        var leadingCodePoints = 0
        var first: UInt32 = 0
        while lo < hi {
            let (value, length) = UTF8Text.scalar(in: bytes, at: lo)
            first = value
            guard UTF8Text.isBlank(value) else { break }
            lo += length
            leadingCodePoints += 1
        }
        guard lo < hi else { return nil }
        var last: UInt32 = 0
        while hi > lo {
            let start = UTF8Text.previousScalarStart(in: bytes, before: hi, floor: lo)
            last = UTF8Text.scalar(in: bytes, at: start).value
            guard UTF8Text.isBlank(last) else { break }
            hi = start
        }
        return LineContent(
            lineIndex: lineIndex, start: lo, end: hi, codePointOffset: codePointOffset + leadingCodePoints,
            firstScalar: UTF8Text.folded(first), lastScalar: UTF8Text.folded(last))
    }
}

extension Array {
    /// A copy with no room to spare (`Array(self)` would share the buffer, spare room and all).
    func copiedToSize() -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(fromContentsOf: self)
            initialized = count
        }
    }
}
