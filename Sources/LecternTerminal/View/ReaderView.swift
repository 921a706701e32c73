/// Composes the frame: the tree, the border, the reading pane and the status line, each drawn in its area, and
/// the component the keys go to (help, panel, note editor, prompt) on top.
extension ReaderApp {
    /// The frame; `progress` replaces the reading progress on the status line ("loading…" while loading).
    public func render() -> ScreenBuffer { render(progress: nil) }

    func render(progress: String?) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        let layout = self.layout
        guard !readers.isEmpty else { return screen }
        guard layout.isUsable else {
            screen.write("enlarge the window", style: Style(.message), row: 0, column: 0)
            return screen
        }
        if layout.treeWidth > 0 {
            tree.draw(
                into: &screen, area: Rect(row: 0, column: 0, width: layout.treeWidth, height: layout.paneHeight),
                readers: readers, focused: focus == .tree)
            for row in 0..<layout.paneHeight {
                screen.write("│", style: Style(.border), row: row, column: layout.treeWidth)
            }
        }
        ReadingPaneView.draw(
            into: &screen,
            area: Rect(
                row: 0, column: layout.textColumn, width: layout.textWidth,
                height: layout.paneHeight), reader: reader, focused: focus == .text)
        statusLine(progress: progress).draw(
            into: &screen, area: Rect(row: layout.statusRow, column: 0, width: width, height: 1))
        let whole = Rect(screen)
        switch mode {
        case .help(let help): help.draw(into: &screen, area: whole)
        case .oldText(let overlay): overlay.draw(into: &screen, area: whole)
        case .panel(let panel):
            panel.draw(
                into: &screen, area: whole, rows: AnnotationPanel.rows(readers, filter: panel.filter),
                fileNames: readers.map(\.document.fileName))
        case .note(let editor):
            let requirement = readers[editor.file].annotations.annotation(editor.id)?.target.requirement
            editor.draw(into: &screen, area: whole, requirement: requirement)
        case .prompt(let prompt):
            let error = message?.isError == true ? message?.text : nil
            prompt.draw(
                into: &screen, area: Rect(row: layout.statusRow, column: 0, width: width, height: 1), error: error)
        case .normal: break
        }
        return screen
    }
}
