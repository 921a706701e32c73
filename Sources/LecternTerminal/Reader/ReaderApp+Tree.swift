/// The tree pane over every open file. With one file its rows are that file's entries; with several, each file
/// is a row (foldable) with its speeches and requirements under it.
struct TreeRow: Equatable {
    let file: Int
    /// Index in the file's tree entries; nil for the file's own row.
    let entry: Int?
}

extension ReaderApp {
    var showsFiles: Bool { readers.count > 1 }

    private func rowCount(file: Int) -> Int {
        let entries = foldedFiles.contains(file) ? 0 : readers[file].treeEntries.count
        return showsFiles ? 1 + entries : entries
    }

    var treeRowCount: Int { readers.indices.reduce(0) { $0 + rowCount(file: $1) } }

    func treeRow(_ row: Int) -> TreeRow? {
        guard row >= 0 else { return nil }
        var start = 0
        for file in readers.indices {
            let count = rowCount(file: file)
            if row < start + count {
                if !showsFiles { return TreeRow(file: file, entry: row - start) }
                return TreeRow(file: file, entry: row == start ? nil : row - start - 1)
            }
            start += count
        }
        return nil
    }

    func treeRowIndex(_ row: TreeRow) -> Int {
        var start = 0
        for file in 0..<row.file { start += rowCount(file: file) }
        guard showsFiles else { return start + (row.entry ?? 0) }
        guard let entry = row.entry, !foldedFiles.contains(row.file) else { return start }
        return start + 1 + entry
    }

    /// The selected row, nil when the tree is empty.
    var selectedTreeRow: TreeRow? { treeRow(treeSelection) }

    /// Selects the row of the reading position (its file's row when the file is folded).
    mutating func followCursorInTree() {
        reader.followCursorInTree()
        treeSelection = treeRowIndex(TreeRow(file: current, entry: reader.treeSelection))
    }

    /// Selects a row, showing its file and moving the reading pane to it.
    mutating func selectTreeRow(_ row: Int) {
        let count = treeRowCount
        guard count > 0 else { return }
        treeSelection = max(0, min(count - 1, row))
        guard let selected = treeRow(treeSelection) else { return }
        current = selected.file
        if let entry = selected.entry { readers[selected.file].selectTreeEntry(entry) }
    }

    mutating func keepTreeSelectionVisible() {
        let height = max(1, layout.paneHeight)
        if treeSelection < treeTop { treeTop = treeSelection }
        if treeSelection >= treeTop + height { treeTop = treeSelection - height + 1 }
        treeTop = max(0, min(treeTop, max(0, treeRowCount - height)))
    }

    /// Folds or unfolds a file's row.
    mutating func setFileFolded(_ file: Int, _ folded: Bool) {
        if folded { foldedFiles.insert(file) } else { foldedFiles.remove(file) }
        treeSelection = treeRowIndex(TreeRow(file: file, entry: nil))
    }
}
