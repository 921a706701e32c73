import Algorithms
import LecternCore

/// Numbered requirements and the reading position: which one the cursor is in, where each starts, and the
/// jumps between them.
extension DocumentReader {
    /// The deepest numbered node at a position: the node last jumped to while the position is its line (a line
    /// can hold several inline items), else the last inline item starting on or before the line, else the node
    /// whose paragraphs hold it.
    func node(at position: ReadingPosition) -> Int? {
        guard let p = paragraph(at: position) else { return nil }
        if let jumpedNode, document.nodes[jumpedNode].paragraphIndex == p, self.position(ofNode: jumpedNode) == position
        {
            return jumpedNode
        }
        let lines = wrapped(position.slot).lines
        let lineEnd = position.line < lines.count ? lines[position.line].upperBound : (lines.last?.upperBound ?? 0)
        var found: Int?
        for node in index.inline(inParagraph: p)
        where glyph(atByte: document.nodes[node].byteRange.lowerBound, inParagraph: p) < lineEnd {
            found = node
        }
        return found ?? index.owner(ofParagraph: p)
    }

    /// Where a node starts: its paragraph, at the line holding its marker.
    func position(ofNode node: Int) -> ReadingPosition {
        let n = document.nodes[node]
        let slot = index.slot(ofParagraph: n.paragraphIndex)
        guard n.isInline else { return ReadingPosition(slot: slot) }
        let offset = glyph(atByte: n.byteRange.lowerBound, inParagraph: n.paragraphIndex)
        return ReadingPosition(slot: slot, line: line(ofGlyph: offset, inSlot: slot))
    }

    /// Unfolds whatever hides a node and its heading.
    mutating func reveal(node: Int) {
        var state = folds  // one change, so the outline is rebuilt once
        state.set(.speech(document.nodes[node].speech), folded: false)
        for ancestor in index.ancestry(of: node).dropLast() { state.set(.node(ancestor), folded: false) }
        folds = state
    }

    /// Goes to a node, remembering where the jump started.
    mutating func jump(toNode node: Int) {
        history.record(cursor)
        jumpedNode = node
        reveal(node: node)
        show(position(ofNode: node))
    }

    mutating func jump(to position: ReadingPosition) {
        history.record(cursor)
        show(position)
    }

    /// Index of the first node whose paragraph is at or after `paragraph`.
    private func firstNode(fromParagraph paragraph: Int) -> Int {
        document.nodes.partitioningIndex { $0.paragraphIndex >= paragraph }
    }

    private func isShown(_ node: Int) -> Bool { flow.isVisible(index.slot(ofNode: node)) }

    /// The paragraph a position is in or before (a speech header counts as just before its first paragraph).
    private func paragraphKey(_ position: ReadingPosition) -> (paragraph: Int, header: Bool) {
        switch index.block(atSlot: position.slot) {
        case .paragraph(let p): return (p, false)
        case .speechHeader(let k): return (document.speeches[k - 1].paragraphRange.lowerBound, true)
        }
    }

    /// The next numbered requirement after the cursor, at any level, skipping folded ones.
    func nextRequirement(where accept: (Int) -> Bool = { _ in true }) -> Int? {
        let (p, header) = paragraphKey(cursor)
        var i = firstNode(fromParagraph: p)
        while i < document.nodes.count {
            let start = position(ofNode: i)
            let after = header ? start.slot > cursor.slot : start > cursor
            if after, isShown(i), accept(i) { return i }
            i += 1
        }
        return nil
    }

    func previousRequirement(where accept: (Int) -> Bool = { _ in true }) -> Int? {
        let (p, _) = paragraphKey(cursor)
        var i = min(firstNode(fromParagraph: p + 1), document.nodes.count) - 1
        while i >= 0 {
            if position(ofNode: i) < cursor, isShown(i), accept(i) { return i }
            i -= 1
        }
        return nil
    }

    /// The last node starting at or before the cursor (the one jumped to, when several start on its line); nil
    /// before the first. Jumps between a comparison's changes start from it.
    func nodeStartingAtOrBeforeCursor() -> Int? {
        if let node = node(at: cursor), position(ofNode: node) == cursor { return node }
        let (p, _) = paragraphKey(cursor)
        var i = min(firstNode(fromParagraph: p + 1), document.nodes.count) - 1
        while i >= 0 {
            if position(ofNode: i) <= cursor { return i }
            i -= 1
        }
        return nil
    }

    /// Next or previous node with the same parent as the node at the cursor (top-level nodes when there is none).
    /// Walks the parent's children rather than the whole document: `}` on the last section of a 100 MB file must
    /// not visit every later node.
    func sibling(forward: Bool) -> Int? {
        guard let current = node(at: cursor) else {
            let topLevel: (Int) -> Bool = { document.nodes[$0].depth == 1 }
            return forward ? nextRequirement(where: topLevel) : previousRequirement(where: topLevel)
        }
        let node = document.nodes[current]
        let siblings = document.children(of: node.parent, inSpeech: node.speech)
        guard let place = siblings.firstIndex(of: current) else { return nil }
        if forward {
            return siblings[(place + 1)...].first { isShown($0) && position(ofNode: $0) > cursor }
        }
        // Inside a node's text, "previous" first goes back to the node's own heading.
        if position(ofNode: current) < cursor, isShown(current) { return current }
        return siblings[..<place].last { isShown($0) }
    }

    /// The parent of the node at the cursor; nil when the node is at the top (then the speech is the parent).
    func parentOfCursorNode() -> Int? {
        guard let current = node(at: cursor) else { return nil }
        if cursor != position(ofNode: current) { return current }  // inside a node's text its own heading comes first
        return document.nodes[current].parent
    }
}
