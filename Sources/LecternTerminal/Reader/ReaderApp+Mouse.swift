/// The mouse: a click in the tree selects the entry (and folds or unfolds it when already selected), a click in
/// the text moves the cursor there, the wheel scrolls three lines.
extension ReaderApp {
    mutating func handleMouse(_ event: MouseEvent) {
        let layout = self.layout
        guard layout.isUsable, mode == .normal, event.row >= 0, event.row < layout.paneHeight else { return }
        let inTree = layout.treeWidth > 0 && event.column < layout.treeWidth
        switch event.kind {
        case .scrollUp, .scrollDown:
            let delta = event.kind == .scrollUp ? -3 : 3
            if inTree { reader.selectTreeEntry(reader.treeSelection + delta) } else { reader.scroll(by: delta) }
        case .click:
            if inTree {
                focus = .tree
                let row = reader.treeTop + event.row
                guard row < reader.treeEntries.count else { return }
                if row == reader.treeSelection { reader.toggleFold(reader.treeEntries[row].target) } else { reader.selectTreeEntry(row) }
            } else if event.column >= layout.textColumn - 1 {
                focus = .text
                reader.cursor = reader.advanced(reader.top, by: event.row)
                reader.keepCursorVisible()
            }
        }
        afterUpdate()
    }
}
