import Algorithms

/// Code-point geometry of a document: where its paragraphs and requirements lie, and which requirement
/// encloses a position. Built once per document for targeting and re-anchoring.
package struct DocumentPositions: Sendable {
    package let document: Document
    /// Code-point range of each reading paragraph.
    package let paragraphRanges: [Range<Int>]
    /// Where the nodes sit among the paragraphs (the table the reader's index reads too).
    private let geometry: NodeGeometry
    /// Inline nodes by paragraph, with their own code-point ranges.
    private let inlineNodes: [Int: [(node: Int, range: Range<Int>)]]

    package init(_ document: Document) {
        self.init(document, geometry: NodeGeometry(document))
    }

    /// `geometry` is `document`'s, shared with whoever built it (the reader's index).
    package init(_ document: Document, geometry: NodeGeometry) {
        self.document = document
        // Counting every paragraph's code points reads the whole text, in order (a paragraph's inline nodes lie
        // inside it): a mapped text's pages go back behind the count.
        let text = document.text.utf8
        (paragraphRanges, inlineNodes) = text.readingFrontToBack { reached in
            text.withUnsafeBufferPointer { bytes in
                var inline: [Int: [(node: Int, range: Range<Int>)]] = [:]
                let ranges = document.paragraphs.enumerated().map { index, p in
                    // Everything before this paragraph is done with; the paragraph itself is read next.
                    reached(p.byteRange.lowerBound)
                    if let items = geometry.inlineNodes[index] {
                        inline[index] = items.map { node in
                            let range = document.nodes[node].byteRange
                            let start = document.nodes[node].codePointOffset
                            return (node, start..<(start + UTF8Text.codePointCount(in: bytes, range)))
                        }
                    }
                    return p.codePointOffset..<(p.codePointOffset + UTF8Text.codePointCount(in: bytes, p.byteRange))
                }
                return (ranges, inline)
            }
        }
        self.geometry = geometry
    }

    /// The node with this id (the first, if the document numbers two alike), through the node table's id index.
    package func node(id: String) -> NumberedNode? {
        if let index = document.nodes.firstIndex(ofID: id) { return document.nodes[index] }
        // An id already in the outline's form normalizes to itself, so there is nothing more to look up (re-anchoring
        // asks this of every annotation, and after an edit most ids name no node any more).
        if Self.isPlainDottedNumber(id) { return nil }
        return NodeID.normalized(id).flatMap { document.nodes.firstIndex(ofID: $0) }.map { document.nodes[$0] }
    }

    /// True for dot-separated decimal numbers without leading zeros ("2.4.3", "0"): ids `NodeID.normalized`
    /// returns unchanged.
    static func isPlainDottedNumber(_ id: String) -> Bool {
        var digits = 0
        var leadingZero = false
        for byte in id.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return false }
                digits = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            if digits == 0 { leadingZero = byte == UInt8(ascii: "0") } else if leadingZero { return false }
            digits += 1
            if digits > 18 { return false }  // might not fit an Int
        }
        return digits > 0
    }

    /// The node whose marker starts at code point `offset`.
    package func node(startingAt offset: Int) -> NumberedNode? {
        guard let p = paragraph(at: offset) else { return nil }
        if let items = inlineNodes[p], let item = items.first(where: { $0.range.lowerBound == offset }) {
            return document.nodes[item.node]
        }
        return geometry.enclosingNode(ofParagraph: p).map { document.nodes[$0] }.flatMap {
            $0.codePointOffset == offset ? $0 : nil
        }
    }

    /// Index of the paragraph holding code point `offset`, or the last paragraph starting before it.
    package func paragraph(at offset: Int) -> Int? {
        let after = paragraphRanges.partitioningIndex { $0.lowerBound > offset }
        return after == 0 ? nil : after - 1
    }

    /// The deepest numbered requirement around code point `offset`.
    package func enclosingRequirement(at offset: Int) -> NumberedNode? {
        guard let p = paragraph(at: offset) else { return nil }
        if let items = inlineNodes[p], let item = items.last(where: { $0.range.contains(offset) }) {
            return document.nodes[item.node]
        }
        return geometry.enclosingNode(ofParagraph: p).map { document.nodes[$0] }
    }

    /// The marker and own text of a requirement (to its paragraph's end, or the next inline item).
    package func range(of node: NumberedNode) -> Range<Int> {
        let length = document.text.utf8.withUnsafeBufferPointer { UTF8Text.codePointCount(in: $0, node.byteRange) }
        return node.codePointOffset..<(node.codePointOffset + length)
    }

    /// Everything a requirement covers: its paragraphs up to the next node outside it.
    package func span(of node: NumberedNode) -> Range<Int> {
        guard !node.isInline, !node.paragraphSpan.isEmpty else { return range(of: node) }
        return node.codePointOffset..<paragraphRanges[node.paragraphSpan.upperBound - 1].upperBound
    }

    /// The sentence holding code point `offset`, within its paragraph: from after the previous 。！？；… to the
    /// next one (closing quotes and brackets after it included).
    package func sentence(at offset: Int, in text: AnchorText) -> Range<Int>? {
        guard let p = paragraph(at: offset), paragraphRanges[p].contains(offset) else { return nil }
        let bounds = paragraphRanges[p]
        // The paragraph's code points, read once; `at` turns a text offset into an index of them.
        let scalars = text.scalars(bounds)
        func at(_ offset: Int) -> UInt32 { scalars[offset - bounds.lowerBound] }
        func ends(_ s: UInt32) -> Bool { [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x2026].contains(s) }
        func closes(_ s: UInt32) -> Bool { [0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B].contains(s) }
        var start = offset
        while start > bounds.lowerBound {
            let before = at(start - 1)
            if ends(before) { break }
            if closes(before) {
                var k = start - 1
                while k > bounds.lowerBound, closes(at(k - 1)) { k -= 1 }
                if k > bounds.lowerBound, ends(at(k - 1)) { break }
            }
            start -= 1
        }
        var end = offset
        while end < bounds.upperBound, !ends(at(end)) { end += 1 }
        while end < bounds.upperBound, ends(at(end)) || closes(at(end)) { end += 1 }
        return start..<end
    }
}
