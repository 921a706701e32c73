/// Where the numbered nodes sit among the reading paragraphs: the deepest node holding each paragraph, the node
/// leading it, and the items running inside it. The one table the reader's index and the annotation layer's
/// positions both read, built in one pass over the node records.
package struct NodeGeometry: Sendable {
    /// For each paragraph, the deepest node (not an inline item) whose span holds it, or -1.
    package let enclosingNode: [Int32]
    /// For each paragraph, the first node (not an inline item) whose marker leads it, or -1.
    package let leadingNode: [Int32]
    /// Inline items by paragraph, in document order.
    package let inlineNodes: [Int: [Int]]

    package init(_ document: Document) {
        let count = document.paragraphs.count
        var enclosing = [Int32](repeating: -1, count: count)
        var leading = [Int32](repeating: -1, count: count)
        var inline: [Int: [Int]] = [:]
        // Nodes come in document order, a parent before its children: the last node to cover a paragraph is the
        // deepest one holding it.
        for (index, record) in document.nodes.storage.records.enumerated() {
            let paragraph = Int(record.paragraphIndex)
            if record.isInline {
                inline[paragraph, default: []].append(index)
                continue
            }
            if paragraph < count, leading[paragraph] < 0 { leading[paragraph] = Int32(index) }
            for p in paragraph..<min(Int(record.spanEnd), count) { enclosing[p] = Int32(index) }
        }
        enclosingNode = enclosing
        leadingNode = leading
        inlineNodes = inline
    }

    /// The deepest node holding paragraph `p`, if any.
    package func enclosingNode(ofParagraph p: Int) -> Int? {
        enclosingNode[p] < 0 ? nil : Int(enclosingNode[p])
    }
}
