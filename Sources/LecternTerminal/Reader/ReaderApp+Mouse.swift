/// The mouse, routed (MouseGestures reads it): the wheel scrolls the pane under it three lines; a click in the
/// tree selects the entry (and folds or unfolds it when already selected), a click in the text moves the cursor
/// there (while selecting, it extends the selection there; `v` after a click starts selecting at the character
/// clicked); a drag in the text selects the passage.
extension ReaderApp {
    mutating func handleMouse(_ event: MouseEvent) {
        guard layout.isUsable, mode == .normal, let gesture = mouse.gesture(for: event, in: layout) else { return }
        switch gesture {
        case .scroll(let inTree, let lines):
            if inTree { tree.select(tree.selection + lines, in: &library) } else { reader.scroll(by: lines) }
        case .click(true, _, let row):
            focus = .tree
            tree.click(row: row, in: &library)
        case .click(false, let column, let row):
            focus = .text
            ReadingPane.click(&reader, column: column, row: row, textColumn: layout.textColumn)
        case .drag(let from, let to):
            guard ReadingPane.selectDragged(&reader, from: from, to: to, textColumn: layout.textColumn) else { return }
            focus = .text
        }
        afterUpdate()
    }
}
