/// The mouse over the panes: it keeps where the button went down and turns each event into what it means — the
/// wheel scrolling a pane, a click in the tree or the text, a drag across the text — or nothing (a press, or an
/// event outside the panes). The router hands the gesture to the pane it falls in.
struct MouseGestures {
    enum Gesture {
        /// The wheel: `lines` up (negative) or down.
        case scroll(inTree: Bool, lines: Int)
        /// A press and release in one place, at a pane's row.
        case click(inTree: Bool, column: Int, row: Int)
        /// A press and release apart, in the text; the end's row is kept on the pane.
        case drag(from: (column: Int, row: Int), to: (column: Int, row: Int))
    }

    /// Where the button went down, until it comes up.
    private var pressed: MouseEvent?

    mutating func gesture(for event: MouseEvent, in layout: PaneLayout) -> Gesture? {
        let inTree = layout.treeWidth > 0 && event.column < layout.treeWidth
        switch event.kind {
        case .scrollUp, .scrollDown:
            guard event.row < layout.paneHeight else { return nil }
            return .scroll(inTree: inTree, lines: event.kind == .scrollUp ? -3 : 3)
        case .press:
            pressed = event
            return nil
        case .release:
            defer { pressed = nil }
            guard let start = pressed, start.column != event.column || start.row != event.row else {
                return gesture(for: MouseEvent(.click, column: event.column, row: event.row), in: layout)
            }
            guard !inTree, start.row < layout.paneHeight else { return nil }
            let row = max(0, min(event.row, layout.paneHeight - 1))
            return .drag(from: (start.column, start.row), to: (event.column, row))
        case .click:
            guard event.row < layout.paneHeight, inTree || event.column >= layout.textColumn - 1 else { return nil }
            return .click(inTree: inTree, column: event.column, row: event.row)
        }
    }
}
