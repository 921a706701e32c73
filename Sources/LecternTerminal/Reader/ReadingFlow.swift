/// Which blocks the folds leave visible, and stepping between visible blocks. Every step costs the depth of the
/// outline, not the size of the document: a folded span is skipped in one move.
struct ReadingFlow {
    let index: DocumentIndex
    let folds: FoldState

    /// The fold hiding a slot (the outermost one), or nil when the slot is visible.
    func hidingFold(ofSlot slot: Int) -> FoldTarget? {
        guard case .paragraph(let p) = index.block(atSlot: slot) else { return nil }
        let speech = index.document.paragraphs[p].speech
        if folds.speeches.contains(speech) { return .speech(speech) }
        guard var node = index.owner(ofParagraph: p) else { return nil }
        // A node's own heading paragraph stays visible when the node is folded.
        if index.document.nodes[node].paragraphIndex == p {
            guard let parent = index.document.nodes[node].parent else { return nil }
            node = parent
        }
        var outermost: Int?
        var current: Int? = node
        while let n = current {
            if folds.nodes.contains(n) { outermost = n }
            current = index.document.nodes[n].parent
        }
        return outermost.map(FoldTarget.node)
    }

    func isVisible(_ slot: Int) -> Bool { hidingFold(ofSlot: slot) == nil }

    func next(after slot: Int) -> Int? {
        var t = slot + 1
        while t < index.slotCount {
            switch hidingFold(ofSlot: t) {
            case nil: return t
            case .speech(let k):
                let range = index.document.speeches[k - 1].paragraphRange
                t = index.slot(ofParagraph: range.upperBound - 1) + 1
            case .node(let n):
                let span = index.document.nodes[n].paragraphSpan
                t = index.slot(ofParagraph: span.upperBound - 1) + 1
            }
        }
        return nil
    }

    func previous(before slot: Int) -> Int? {
        var t = slot - 1
        while t >= 0 {
            switch hidingFold(ofSlot: t) {
            case nil: return t
            case .speech(let k): t = index.slot(ofSpeech: k)
            case .node(let n): t = index.slot(ofNode: n)
            }
        }
        return nil
    }

    var first: Int? { index.slotCount > 0 ? 0 : nil }

    var last: Int? {
        guard index.slotCount > 0 else { return nil }
        return isVisible(index.slotCount - 1) ? index.slotCount - 1 : previous(before: index.slotCount - 1)
    }

    /// The visible slot at or before `slot`.
    func visible(atOrBefore slot: Int) -> Int {
        isVisible(slot) ? slot : (previous(before: slot) ?? 0)
    }
}
