/// A numbered heading or item: one of the document's "numbered requirements".
///
/// Its `id` joins the speech number and the ordinals on its path as the document wrote them ("2.4.3"), so it
/// names the same requirement however the outline is displayed or folded.
public struct NumberedNode: Sendable, Equatable {
    /// Position in `Document.nodes`.
    public let index: Int
    public let id: String
    /// The marker as written: 一、 （一） 第一, 三是.
    public let marker: String
    public let family: MarkerFamily
    public let ordinal: Int
    /// First sentence after the marker.
    public let title: String
    /// 1-based source line.
    public let line: Int
    /// Code points before the marker in the decoded text.
    public let codePointOffset: Int
    /// The reading paragraph holding the marker.
    public let paragraphIndex: Int
    /// Bytes of the marker and the node's own text (to the paragraph's end, or the next inline item).
    public let byteRange: Range<Int>
    /// True for an item running inside a paragraph rather than leading it.
    public let isInline: Bool
    public let speech: Int
    /// Index of the parent node; nil for a node directly under its speech.
    public let parent: Int?
    public internal(set) var children: [Int]
    /// 1 for a node directly under its speech.
    public let depth: Int
    /// Reading paragraphs the node covers: its own and those up to the next node outside it.
    public internal(set) var paragraphSpan: Range<Int>

    /// Marker and title together, as a reader shows them: "三是知人善任能力".
    public var label: String { marker + title }

    /// Speech number followed by the ordinals of the node and its ancestors (the components of `id`).
    /// A lettered component ("b3" of a second list, "A1" of a part) counts by its number.
    public var path: [Int] { id.split(separator: ".").compactMap { Int($0.drop { !$0.isNumber }) } }
}

extension NumberedNode {
    /// The same node with every node index moved by `delta`: outlines built in parallel are joined this way.
    func shifted(by delta: Int) -> NumberedNode {
        NumberedNode(index: index + delta, id: id, marker: marker, family: family, ordinal: ordinal,
                     title: title, line: line, codePointOffset: codePointOffset, paragraphIndex: paragraphIndex,
                     byteRange: byteRange, isInline: isInline, speech: speech, parent: parent.map { $0 + delta },
                     children: children.map { $0 + delta }, depth: depth, paragraphSpan: paragraphSpan)
    }
}
