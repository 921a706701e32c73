import Foundation

/// A numbered heading or item: one of the document's "numbered requirements".
///
/// Its `id` joins the speech number and the ordinals on its path as the document wrote them ("2.4.3"), so it
/// names the same requirement however the outline is displayed or folded.
///
/// A view of one row of the document's `NodeTable`: copying it costs a reference, and its strings are made
/// when read.
public struct NumberedNode: Sendable, Equatable {
    let storage: NodeStorage
    /// Position in `Document.nodes`.
    public let index: Int

    private var record: NodeRecord { storage.records[index] }

    public var id: String { storage.string(record.id) }
    /// The marker as written: 一、 （一） 第一, 三是.
    public var marker: String { storage.string(record.marker) }
    public var family: MarkerFamily { record.family }
    public var ordinal: Int { Int(record.ordinal) }
    /// First sentence after the marker.
    public var title: String { storage.title(of: record) }
    /// 1-based source line.
    public var line: Int { Int(record.line) }
    /// Code points before the marker in the decoded text.
    public var codePointOffset: Int { Int(record.codePointOffset) }
    /// The reading paragraph holding the marker.
    public var paragraphIndex: Int { Int(record.paragraphIndex) }
    /// Bytes of the marker and the node's own text (to the paragraph's end, or the next inline item).
    public var byteRange: Range<Int> { Int(record.byteStart)..<Int(record.byteEnd) }
    /// True for an item running inside a paragraph rather than leading it.
    public var isInline: Bool { record.isInline }
    public var speech: Int { Int(record.speech) }
    /// Index of the parent node; nil for a node directly under its speech.
    public var parent: Int? { record.parent < 0 ? nil : Int(record.parent) }
    public var children: [Int] { Array(childNodes) }
    /// The children, read from the table without an array made: for walks over every node.
    public var childNodes: LazyMapSequence<ArraySlice<Int32>, Int> {
        storage.children[Int(storage.childStarts[index])..<Int(storage.childStarts[index + 1])].lazy.map { Int($0) }
    }
    /// 1 for a node directly under its speech.
    public var depth: Int { Int(record.depth) }
    /// Reading paragraphs the node covers: its own and those up to the next node outside it.
    public var paragraphSpan: Range<Int> { Int(record.paragraphIndex)..<Int(record.spanEnd) }

    /// Marker and title together, as a reader shows them: "三是知人善任能力".
    public var label: String { marker + title }

    /// Speech number followed by the ordinals of the node and its ancestors (the components of `id`).
    /// A lettered component ("b3" of a second list, "A1" of a part) counts by its number.
    public var path: [Int] { id.split(separator: ".").compactMap { Int($0.drop { !$0.isNumber }) } }

    /// Nodes are equal when everything they say is: the same row of two tables built alike compares equal.
    public static func == (lhs: NumberedNode, rhs: NumberedNode) -> Bool {
        if lhs.storage === rhs.storage { return lhs.index == rhs.index }
        return lhs.index == rhs.index && lhs.id == rhs.id && lhs.marker == rhs.marker && lhs.family == rhs.family
            && lhs.ordinal == rhs.ordinal && lhs.title == rhs.title && lhs.line == rhs.line
            && lhs.codePointOffset == rhs.codePointOffset && lhs.paragraphIndex == rhs.paragraphIndex
            && lhs.byteRange == rhs.byteRange && lhs.isInline == rhs.isInline && lhs.speech == rhs.speech
            && lhs.parent == rhs.parent && lhs.children == rhs.children && lhs.depth == rhs.depth
            && lhs.paragraphSpan == rhs.paragraphSpan
    }
}
