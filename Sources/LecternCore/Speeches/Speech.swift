/// One speech of a document: its title, its reading paragraphs and its top-level numbered nodes.
public struct Speech: Sendable, Equatable {
    /// 1-based position in the document; the first component of every node id in it.
    public let number: Int
    public let title: String
    /// True when the speech had no title line and `title` was taken from its opening.
    public let titleInferred: Bool
    /// The title block's other lines, where found: `——在…上的讲话`, `（2018年9月3日）`, `北京市市长 殷勇`.
    public let subtitle: String?
    public let date: String?
    public let speaker: String?
    /// 1-based source line where the speech starts (its title line, salutation or first paragraph).
    public let line: Int
    public let paragraphRange: Range<Int>
    /// Indices in `Document.nodes` of the nodes directly under the speech.
    public internal(set) var topLevelNodes: [Int]
    /// Indices in `Document.nodes` of all the speech's nodes.
    public internal(set) var nodeRange: Range<Int>
}
