import Algorithms

/// A search hit: a paragraph and the bytes of the match in the document's UTF-8 text.
///
/// Kept in 32-bit fields (12 bytes, not 24), like the document's tables: a common character searched for in a
/// 100 MB text has a million hits.
public struct SearchHit: Equatable, Sendable {
    private let paragraph32: UInt32
    private let start32: UInt32
    private let end32: UInt32

    public var paragraph: Int { Int(paragraph32) }
    public var bytes: Range<Int> { Int(start32)..<Int(end32) }

    public init(paragraph: Int, bytes: Range<Int>) {
        paragraph32 = UInt32(paragraph)
        start32 = UInt32(bytes.lowerBound)
        end32 = UInt32(bytes.upperBound)
    }
}

/// The current search: its query, every hit in document order, the hit the reader is at, and where the search
/// started (Esc while typing goes back there).
struct SearchState {
    var query: String
    var forward: Bool
    var hits: [SearchHit]
    var current: Int?
    let origin: ReadingPosition
    let originTop: ReadingPosition

    init(query: String, forward: Bool, hits: [SearchHit], origin: ReadingPosition, originTop: ReadingPosition) {
        self.query = query
        self.forward = forward
        self.hits = hits
        self.origin = origin
        self.originTop = originTop
    }

    /// Indices in `hits` of a paragraph's hits, for highlighting: found by halving, as hits are in document
    /// order (an index built per keystroke would cost more than the search on a big document).
    func hits(inParagraph paragraph: Int) -> Range<Int> {
        func firstIndex(from p: Int) -> Int { hits.partitioningIndex { $0.paragraph >= p } }
        return firstIndex(from: paragraph)..<firstIndex(from: paragraph + 1)
    }

    /// Indices in `hits` of a paragraph's hits that overlap document bytes `bytes` (a line of it). Hits do not
    /// overlap, so both their starts and their ends are in order.
    func hits(inParagraph paragraph: Int, overlapping bytes: Range<Int>) -> Range<Int> {
        let all = hits(inParagraph: paragraph)
        let slice = hits[all]
        let lower = slice.partitioningIndex { $0.bytes.upperBound > bytes.lowerBound }
        let upper = slice[lower...].partitioningIndex { $0.bytes.lowerBound >= bytes.upperBound }
        return lower..<max(lower, upper)
    }
}
