/// The heading tree's side of the reader: its entries, following the reading position, and selecting.
extension DocumentReader {
    var treeEntries: [TreeEntry] { outline.entries }

    /// Checks the numbering of speech `speech`, for the tree's ! marks, unless it has been checked already.
    mutating func checkNumbering(ofSpeech speech: Int) {
        numberingMarks.check(speech: speech, in: index)
    }

    /// The speech or node the cursor is in, as deep as the outline goes.
    func target(at position: ReadingPosition) -> FoldTarget {
        if let node = node(at: position) { return .node(node) }
        return .speech(index.speech(ofSlot: position.slot))
    }

    /// The tree entry of the reading position, or of its nearest ancestor the folds leave visible.
    func treeEntryOfCursor() -> Int? {
        var targets: [FoldTarget] = [.speech(index.speech(ofSlot: cursor.slot))]
        if let node = node(at: cursor) { targets += index.ancestry(of: node).map(FoldTarget.node) }
        return targets.reversed().lazy.compactMap { outline.row[$0] }.first
    }

    /// Moves the reading pane to a tree entry (the last when there are fewer).
    mutating func showTreeEntry(_ row: Int) {
        let entries = treeEntries
        guard !entries.isEmpty else { return }
        show(position(of: entries[max(0, min(entries.count - 1, row))].target))
    }
}
