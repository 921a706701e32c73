/// Composes the frame: the tree, the border, the reading pane and the status line, each drawn in its area, and
/// the component the keys go to (help, panel, note editor, prompt) on top.
extension ReaderApp {
    /// The frame; `progress` replaces the reading progress on the status line ("loading…" while loading).
    public func render() -> ScreenBuffer { render(progress: nil) }

    func render(progress: String?) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        let layout = self.layout
        guard layout.isUsable else {
            screen.write("enlarge the window", style: Style(.message), row: 0, column: 0)
            return screen
        }
        if layout.treeWidth > 0 {
            tree.draw(into: &screen, area: layout.treeArea, readers: readers, focused: focus == .tree)
            for row in 0..<layout.paneHeight {
                screen.write("│", style: Style(.border), row: row, column: layout.treeWidth)
            }
        }
        ReadingPaneView.draw(into: &screen, area: layout.textArea, reader: reader, focused: focus == .text)
        let status = StatusLine(
            library, message: message, pendingKeys: dispatcher.pendingText, comparison: comparison?.summary,
            progress: progress)
        status.draw(into: &screen, area: layout.statusArea)
        mode.draw(
            into: &screen, library: library, error: message?.isError == true ? message?.text : nil, layout: layout)
        return screen
    }
}
