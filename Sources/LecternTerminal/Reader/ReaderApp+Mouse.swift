/// The mouse: a click in the tree selects the entry (and folds or unfolds it when already selected), a click in
/// the text moves the cursor there (while selecting, it extends the selection there; `v` after a click starts
/// selecting at the character clicked), a drag in the text selects the passage, the wheel scrolls three lines.
extension ReaderApp {
    mutating func handleMouse(_ event: MouseEvent) {
        let layout = self.layout
        guard layout.isUsable, mode == .normal else { return }
        let row = max(0, min(event.row, layout.paneHeight - 1))
        let inTree = layout.treeWidth > 0 && event.column < layout.treeWidth
        switch event.kind {
        case .scrollUp, .scrollDown:
            guard event.row < layout.paneHeight else { return }
            let delta = event.kind == .scrollUp ? -3 : 3
            if inTree { selectTreeRow(tree.selection + delta) } else { reader.scroll(by: delta) }
        case .press:
            pressed = event
            return
        case .release:
            defer { pressed = nil }
            guard let start = pressed, start.column != event.column || start.row != event.row else {
                return handleMouse(MouseEvent(.click, column: event.column, row: event.row))
            }
            guard !inTree, start.row < layout.paneHeight, let from = textPoint(column: start.column, row: start.row),
                  let to = textPoint(column: event.column, row: row) else { return }
            focus = .text
            reader.selection = Selection(anchor: from, head: from, wholeParagraphs: false)
            reader.moveHead(to: to)
        case .click:
            guard event.row < layout.paneHeight else { return }
            if inTree {
                focus = .tree
                let row = tree.top + event.row
                guard let clicked = treeRow(row) else { return }
                if row != tree.selection {
                    selectTreeRow(row)
                } else if let entry = clicked.entry {
                    reader.toggleFold(reader.treeEntries[entry].target)
                } else {
                    setFileFolded(clicked.file, !tree.foldedFiles.contains(clicked.file))
                }
            } else if event.column >= layout.textColumn - 1 {
                focus = .text
                let point = textPoint(column: event.column, row: event.row)
                if reader.selection != nil, let point {
                    reader.moveHead(to: point)
                } else {
                    reader.cursor = reader.advanced(reader.top, by: event.row)
                    reader.pointer = point
                    reader.keepCursorVisible()
                }
            }
        }
        afterUpdate()
    }

    /// The character under a screen cell of the reading pane.
    private func textPoint(column: Int, row: Int) -> TextPoint? {
        let layout = self.layout
        guard column >= layout.textColumn - 1 else { return nil }
        let position = reader.advanced(reader.top, by: row)
        guard reader.paragraph(at: position) != nil else { return nil }
        return reader.point(at: position, column: max(0, column - layout.textColumn))
    }
}
