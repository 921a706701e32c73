/// A row of the tree pane: a file's own row (when several are open), or one of its tree entries.
struct TreeRow: Equatable {
    let file: Int
    /// Index in the file's tree entries; nil for the file's own row. For a removed requirement's row, the entry
    /// it follows (selecting it shows where the requirement used to be).
    let entry: Int?
    /// A removed requirement's row of a comparison (index in `TreeChanges.removed`), not an entry of the file.
    var removed: Int? = nil
}

/// The tree pane over every open file: whether it shows, the width asked for, the selected row, the first row
/// shown and the folded files. With one file its rows are that file's entries; with several, each file is a row
/// (foldable) with its speeches and requirements under it. The readers' entries are read, never changed.
struct TreePane: Equatable {
    var isVisible = true
    var preferredWidth: Int
    /// The selected row and the first row shown, over the rows of every file.
    var selection = 0
    var top = 0
    /// Files folded to their own row (when several are open).
    var foldedFiles: Set<Int> = []
    /// A comparison's marks and removed rows (`lectern --diff`); nil when no versions are compared.
    var changes: TreeChanges?

    /// A file's rows: its own (when several files are open), and its entries and removed rows unless it is folded.
    private func rowCount(file: Int, of reader: UnsafePointer<DocumentReader>, fileCount: Int) -> Int {
        let entries =
            foldedFiles.contains(file)
            ? 0 : reader.pointee.outline.entries.count + placements(file: file, of: reader).count
        return fileCount > 1 ? 1 + entries : entries
    }

    func rowCount(in readers: [DocumentReader]) -> Int {
        readers.sumInPlace { rowCount(file: $0, of: $1, fileCount: readers.count) }
    }

    func row(_ row: Int, in readers: [DocumentReader]) -> TreeRow? {
        guard row >= 0 else { return nil }
        let showsFiles = readers.count > 1
        var start = 0
        return readers.firstInPlace { file, reader -> TreeRow? in
            let count = rowCount(file: file, of: reader, fileCount: readers.count)
            defer { start += count }
            guard row < start + count else { return nil }
            if !showsFiles { return localRow(row - start, file: file, in: readers) }
            return row == start
                ? TreeRow(file: file, entry: nil) : localRow(row - start - 1, file: file, in: readers)
        }
    }

    func index(of row: TreeRow, in readers: [DocumentReader]) -> Int {
        let start = readers.sumInPlace { file, reader in
            file < row.file ? rowCount(file: file, of: reader, fileCount: readers.count) : 0
        }
        guard readers.count > 1 else { return start + localIndex(of: row, in: readers) }
        guard row.entry != nil, !foldedFiles.contains(row.file) else { return start }
        return start + 1 + localIndex(of: row, in: readers)
    }

    /// The rows on screen, from the first shown, `height` at most.
    func shownRows(height: Int, in readers: [DocumentReader]) -> [TreeRow] {
        Array(
            (top..<(top + max(0, height))).lazy.map { self.row($0, in: readers) }.prefix { $0 != nil }.compactMap { $0 }
        )
    }

    mutating func keepSelectionVisible(height: Int, in readers: [DocumentReader]) {
        let height = max(1, height)
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        top = max(0, min(top, max(0, rowCount(in: readers) - height)))
    }
}
