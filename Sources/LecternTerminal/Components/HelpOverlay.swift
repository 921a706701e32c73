/// The help overlay: a framed box over the panes listing every binding of `KeyBindings.table`, scrolled by its
/// own keys.
struct HelpOverlay: Equatable {
    /// The first line shown.
    private(set) var top = 0

    enum Outcome: Equatable { case open, closed }

    /// Scrolls (`page` lines at a time for the page keys), or closes on Esc, q, ? or F1.
    mutating func handle(_ key: Key, page: Int) -> Outcome {
        let last = max(0, HelpText.lines().count - 1)
        switch key {
        case .escape, .character("q"), .character("?"), .function(1), .control("c"): return .closed
        case .character("j"), .down, .enter: top = min(top + 1, last)
        case .character("k"), .up: top = max(0, top - 1)
        case .character(" "), .pageDown, .control("f"), .control("d"): top = min(top + page, last)
        case .character("b"), .pageUp, .control("b"), .control("u"): top = max(0, top - page)
        case .character("g"), .home: top = 0
        default: break
        }
        return .open
    }

    func draw(into screen: inout ScreenBuffer, area: Rect) {
        let box = area.centredBox(width: min(area.width - 2, 90), height: area.height - 2)
        guard box.width >= 10, box.height >= 3 else { return }
        let (left, boxWidth) = (box.column, box.width)
        let style = Style(.help)
        let lines = HelpText.lines()
        let title = " Lectern keys — j/k scroll, Esc or q closes "
        screen.fill(row: box.row, columns: left..<box.right, style: style)
        screen.write(
            title, style: Style(.helpKey), row: box.row, column: left + max(0, (boxWidth - DisplayWidth.of(title)) / 2),
            limit: box.right)
        let keyColumn = min(24, boxWidth / 3)
        for line in 1..<box.height {
            let row = box.row + line
            screen.fill(row: row, columns: left..<box.right, style: style)
            let i = top + line - 1
            guard i < lines.count else { continue }
            if lines[i].keys.isEmpty {
                screen.write(lines[i].summary, style: Style(.helpKey), row: row, column: left + 2, limit: box.right - 1)
            } else {
                screen.write(lines[i].keys, style: Style(.helpKey), row: row, column: left + 4, limit: left + keyColumn)
                screen.write(
                    lines[i].summary, style: style, row: row, column: left + keyColumn + 1, limit: box.right - 1)
            }
        }
    }
}
