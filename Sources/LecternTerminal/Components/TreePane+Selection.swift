/// The tree pane over the open files: selecting a row shows its file and moves the reading pane to it, and the
/// fold keys and clicks with the tree in focus fold what is selected — an entry, or a file's own row. The tree
/// changes its own selection and folded files; of the library it changes only which file is shown and the
/// folds and position of that file's reader, as the reading pane would.
extension TreePane {
    func rowCount(in library: Library) -> Int { rowCount(in: library.readers) }

    /// The selected row, nil when the tree is empty.
    func selectedRow(in library: Library) -> TreeRow? { row(selection, in: library.readers) }

    /// Selects the row of the reading position (its file's row when the file is folded).
    mutating func follow(_ library: Library) {
        guard let entry = library.reader.treeEntryOfCursor() else { return }
        selection = index(of: TreeRow(file: library.current, entry: entry), in: library.readers)
    }

    /// Selects a row, showing its file and moving the reading pane to it.
    mutating func select(_ row: Int, in library: inout Library) {
        let count = rowCount(in: library)
        guard count > 0 else { return }
        selection = max(0, min(count - 1, row))
        guard let selected = self.row(selection, in: library.readers) else { return }
        library.current = selected.file
        if let entry = selected.entry { library.readers[selected.file].showTreeEntry(entry) }
    }

    /// Folds or unfolds a file's row, and selects it.
    mutating func setFileFolded(_ file: Int, _ folded: Bool, in library: Library) {
        if folded { foldedFiles.insert(file) } else { foldedFiles.remove(file) }
        selection = index(of: TreeRow(file: file, entry: nil), in: library.readers)
    }

    /// The speech or node the selected entry shows (the section at the cursor when it is gone).
    private func selectedTarget(in library: Library) -> FoldTarget {
        if let row = selectedRow(in: library), let entry = row.entry {
            let entries = library.readers[row.file].treeEntries
            if entries.indices.contains(entry) { return entries[entry].target }
        }
        return library.reader.target(at: library.reader.cursor)
    }

    /// The selected file's own row, if that is what is selected.
    private func selectedFile(in library: Library) -> Int? {
        selectedRow(in: library).flatMap { $0.entry == nil ? $0.file : nil }
    }

    /// `za`: folds or unfolds the selected entry or file.
    mutating func toggleFold(in library: inout Library) {
        if let file = selectedFile(in: library) { return setFileFolded(file, !foldedFiles.contains(file), in: library) }
        library.reader.toggleFold(selectedTarget(in: library))
    }

    /// `zo`, `l`: unfolds the selected entry or file, or moves down when it is open.
    mutating func openFold(in library: inout Library) {
        if let file = selectedFile(in: library) {
            return foldedFiles.contains(file)
                ? setFileFolded(file, false, in: library) : select(selection + 1, in: &library)
        }
        let target = selectedTarget(in: library)
        if library.reader.isFoldable(target), library.reader.folds.isFolded(target) {
            library.reader.setFold(target, folded: false)
        } else {
            select(selection + 1, in: &library)
        }
    }

    /// `zc`, `h`: folds the selected entry, or else its parent (its file, at the top), and selects what folded.
    mutating func closeFold(in library: inout Library) {
        if let file = selectedFile(in: library) { return setFileFolded(file, true, in: library) }
        let target = selectedTarget(in: library)
        if library.reader.isFoldable(target), !library.reader.folds.isFolded(target) {
            library.reader.setFold(target, folded: true)
            reselect(target, in: &library)
        } else if library.count > 1, library.reader.parent(of: target) == nil {
            setFileFolded(library.current, true, in: library)
        } else if let parent = library.reader.parent(of: target), let foldable = library.reader.foldable(from: parent) {
            library.reader.setFold(foldable, folded: true)
            reselect(foldable, in: &library)
        }
    }

    /// Selects a target's entry without moving the reading pane away from it.
    private mutating func reselect(_ target: FoldTarget, in library: inout Library) {
        guard let entry = library.reader.outline.row[target] else { return }
        select(index(of: TreeRow(file: library.current, entry: entry), in: library.readers), in: &library)
    }

    /// A click on row `row` of the pane: selects it, or folds or unfolds it when it is selected already.
    mutating func click(row: Int, in library: inout Library) {
        let row = top + row
        guard let clicked = self.row(row, in: library.readers) else { return }
        if row != selection {
            select(row, in: &library)
        } else if clicked.removed != nil {
            return  // a removed requirement has nothing to fold
        } else if let entry = clicked.entry {
            library.reader.toggleFold(library.reader.treeEntries[entry].target)
        } else {
            setFileFolded(clicked.file, !foldedFiles.contains(clicked.file), in: library)
        }
    }

    /// Checks the numbering of the speeches the rows on screen show (their ! marks), so drawing only reads.
    func checkNumbering(height: Int, in library: inout Library) {
        for row in shownRows(height: height, in: library.readers) {
            guard let entry = row.entry, case .node(let node) = library.readers[row.file].treeEntries[entry].target
            else { continue }
            library.readers[row.file].checkNumbering(ofSpeech: library.readers[row.file].document.nodes[node].speech)
        }
    }
}

extension TreePane {
    /// `za`, `zo`, `zc` in the tree.
    mutating func fold(_ action: Action, in library: inout Library) {
        switch action {
        case .toggleFold: toggleFold(in: &library)
        case .openFold: openFold(in: &library)
        case .closeFold: closeFold(in: &library)
        default: break
        }
    }

    /// `<`, `>`: `count` steps of four columns narrower or wider than the `shownWidth` the tree has when shown,
    /// within `maximum`.
    mutating func resize(_ action: Action, count: Int, shownWidth: Int, maximum: Int) {
        let step = (action == .widenTree ? 4 : -4) * count
        preferredWidth = max(PaneLayout.minimumTreeWidth, min(shownWidth + step, maximum))
    }
}
