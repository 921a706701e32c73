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
            if inTree { tree.select(tree.selection + delta, in: &library) } else { reader.scroll(by: delta) }
        case .press:
            pressed = event
            return
        case .release:
            defer { pressed = nil }
            guard let start = pressed, start.column != event.column || start.row != event.row else {
                return handleMouse(MouseEvent(.click, column: event.column, row: event.row))
            }
            guard !inTree, start.row < layout.paneHeight,
                ReadingPane.selectDragged(
                    &reader, from: (start.column, start.row), to: (event.column, row), textColumn: layout.textColumn)
            else { return }
            focus = .text
        case .click:
            guard event.row < layout.paneHeight else { return }
            if inTree {
                focus = .tree
                tree.click(row: event.row, in: &library)
            } else if event.column >= layout.textColumn - 1 {
                focus = .text
                ReadingPane.click(&reader, column: event.column, row: event.row, textColumn: layout.textColumn)
            }
        }
        afterUpdate()
    }
}
