/// The heading tree's side of the reader: its entries, following the reading position, and selecting.
extension DocumentReader {
    var treeEntries: [TreeEntry] {
        tree.update(index, folds: folds)
        return tree.entries
    }

    /// The speech or node the cursor is in, as deep as the outline goes.
    func target(at position: ReadingPosition) -> FoldTarget {
        if let node = node(at: position) { return .node(node) }
        return .speech(index.speech(ofSlot: position.slot))
    }

    /// Selects the tree entry of the reading position, or its nearest ancestor the folds leave visible.
    mutating func followCursorInTree() {
        _ = treeEntries
        var targets: [FoldTarget] = [.speech(index.speech(ofSlot: cursor.slot))]
        if let node = node(at: cursor) { targets += index.ancestry(of: node).map(FoldTarget.node) }
        for target in targets.reversed() {
            if let row = tree.row[target] {
                treeSelection = row
                return
            }
        }
    }

    /// Moves the tree selection and the reading pane with it.
    mutating func selectTreeEntry(_ row: Int) {
        let entries = treeEntries
        guard !entries.isEmpty else { return }
        treeSelection = max(0, min(entries.count - 1, row))
        show(position(of: entries[treeSelection].target))
    }
}
