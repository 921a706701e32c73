import Algorithms
import LecternCore

/// What the reader needs to know about a document, computed once when it opens (linear in its size): block
/// slots, which node owns each paragraph and the nodes leading or running inside paragraphs. Immutable, so the
/// readers and the annotations of a file share one (a class only to share it without copying its tables).
public final class DocumentIndex {
    public let document: Document
    public let slotCount: Int
    /// Slot of each speech's header, in speech order.
    let headerSlots: [Int]
    /// Where the nodes sit among the paragraphs: the core's table, which the annotation layer reads too.
    package let geometry: NodeGeometry
    /// Deepest node (not an inline item) whose paragraph span holds the paragraph, or -1.
    var ownerNode: [Int32] { geometry.enclosingNode }
    /// The node (not inline) leading each paragraph, or -1.
    var leadingNode: [Int32] { geometry.leadingNode }
    /// Inline items by paragraph, in order.
    var inlineNodes: [Int: [Int]] { geometry.inlineNodes }
    /// The first node with this id, through the node table's id index (the same lookup annotations use).
    public func node(id: String) -> Int? { document.nodes.firstIndex(ofID: id) }

    public init(_ document: Document) {
        self.document = document
        slotCount = document.paragraphs.count + document.speeches.count
        headerSlots = document.speeches.map { $0.paragraphRange.lowerBound + $0.number - 1 }
        geometry = NodeGeometry(document)
    }

    public func slot(ofParagraph p: Int) -> Int { p + document.paragraphs[p].speech }

    public func slot(ofSpeech number: Int) -> Int { headerSlots[number - 1] }

    public func block(atSlot slot: Int) -> Block {
        // Speech k is the number of header slots at or before `slot`.
        let low = headerSlots.partitioningIndex { $0 > slot }
        if low > 0, headerSlots[low - 1] == slot { return .speechHeader(low) }
        return .paragraph(slot - low)
    }

    public func speech(ofSlot slot: Int) -> Int {
        switch block(atSlot: slot) {
        case .speechHeader(let k): return k
        case .paragraph(let p): return document.paragraphs[p].speech
        }
    }

    func owner(ofParagraph p: Int) -> Int? { ownerNode[p] < 0 ? nil : Int(ownerNode[p]) }
    func leading(ofParagraph p: Int) -> Int? { leadingNode[p] < 0 ? nil : Int(leadingNode[p]) }
    func inline(inParagraph p: Int) -> [Int] { inlineNodes[p] ?? [] }

    /// A node's chain from its top-level ancestor down to itself.
    public func ancestry(of node: Int) -> [Int] {
        var chain: [Int] = []
        var current: Int? = node
        while let n = current {
            chain.append(n)
            current = document.nodes[n].parent
        }
        return chain.reversed()
    }

    public func isFoldable(node: Int) -> Bool {
        let n = document.nodes[node]
        return !n.isInline && (!n.childNodes.isEmpty || n.paragraphSpan.count > 1)
    }

    /// Indices of a node and everything under it, which follow it in the flat pre-order array.
    public func subtree(of node: Int) -> Range<Int> {
        let n = document.nodes[node]
        guard !n.isInline else { return node..<(node + 1) }
        let end = document.nodes[(node + 1)...].partitioningIndex {
            $0.speech != n.speech || $0.paragraphIndex >= n.paragraphSpan.upperBound
        }
        return node..<end
    }

    /// Indices of a speech's nodes.
    public func nodes(ofSpeech number: Int) -> Range<Int> {
        func first(_ speech: Int) -> Int { document.nodes.partitioningIndex { $0.speech >= speech } }
        return first(number)..<first(number + 1)
    }

    /// The first slot of a node: its paragraph.
    public func slot(ofNode node: Int) -> Int { slot(ofParagraph: document.nodes[node].paragraphIndex) }
}
