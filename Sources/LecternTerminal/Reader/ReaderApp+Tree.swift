/// The tree pane's rows and selection, for the reader: selecting a row moves the reading pane to it.
extension ReaderApp {
    var showsFiles: Bool { readers.count > 1 }

    var treeRowCount: Int { tree.rowCount(in: readers) }

    func treeRow(_ row: Int) -> TreeRow? { tree.row(row, in: readers) }

    func treeRowIndex(_ row: TreeRow) -> Int { tree.index(of: row, in: readers) }

    /// The selected row, nil when the tree is empty.
    var selectedTreeRow: TreeRow? { treeRow(tree.selection) }

    /// Selects the row of the reading position (its file's row when the file is folded).
    mutating func followCursorInTree() {
        guard let entry = reader.treeEntryOfCursor() else { return }
        tree.selection = treeRowIndex(TreeRow(file: current, entry: entry))
    }

    /// Selects a row, showing its file and moving the reading pane to it.
    mutating func selectTreeRow(_ row: Int) {
        let count = treeRowCount
        guard count > 0 else { return }
        tree.selection = max(0, min(count - 1, row))
        guard let selected = treeRow(tree.selection) else { return }
        current = selected.file
        if let entry = selected.entry { readers[selected.file].showTreeEntry(entry) }
    }

    mutating func keepTreeSelectionVisible() {
        tree.keepSelectionVisible(height: layout.paneHeight, in: readers)
    }

    /// Folds or unfolds a file's row.
    mutating func setFileFolded(_ file: Int, _ folded: Bool) {
        if folded { tree.foldedFiles.insert(file) } else { tree.foldedFiles.remove(file) }
        tree.selection = treeRowIndex(TreeRow(file: file, entry: nil))
    }
}
