/// A search hit: a paragraph and the bytes of the match in the document's UTF-8 text.
public struct SearchHit: Equatable, Sendable {
    public let paragraph: Int
    public let bytes: Range<Int>
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
    /// Indices in `hits` of each paragraph's hits, for highlighting.
    let byParagraph: [Int: Range<Int>]

    init(query: String, forward: Bool, hits: [SearchHit], origin: ReadingPosition, originTop: ReadingPosition) {
        self.query = query
        self.forward = forward
        self.hits = hits
        self.origin = origin
        self.originTop = originTop
        var groups: [Int: Range<Int>] = [:]
        var start = 0
        for i in hits.indices where i + 1 == hits.count || hits[i + 1].paragraph != hits[i].paragraph {
            groups[hits[i].paragraph] = start..<(i + 1)
            start = i + 1
        }
        byParagraph = groups
    }
}
