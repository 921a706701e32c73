/// The help overlay: a framed box over the panes listing every binding of `KeyBindings.table`.
enum HelpOverlayView {
    static func draw(top: Int, into screen: inout ScreenBuffer) {
        let boxWidth = min(screen.width - 2, 90)
        let boxHeight = screen.height - 2
        guard boxWidth >= 10, boxHeight >= 3 else { return }
        let left = (screen.width - boxWidth) / 2
        let style = Style(.help)
        let lines = HelpText.lines()
        let title = " Lectern keys — j/k scroll, Esc or q closes "
        screen.fill(row: 0, columns: left..<(left + boxWidth), style: style)
        screen.write(title, style: Style(.helpKey), row: 0, column: left + max(0, (boxWidth - DisplayWidth.of(title)) / 2),
                     limit: left + boxWidth)
        let keyColumn = min(24, boxWidth / 3)
        for row in 1..<boxHeight {
            screen.fill(row: row, columns: left..<(left + boxWidth), style: style)
            let i = top + row - 1
            guard i < lines.count else { continue }
            let line = lines[i]
            if line.keys.isEmpty {
                screen.write(line.summary, style: Style(.helpKey), row: row, column: left + 2, limit: left + boxWidth - 1)
            } else {
                screen.write(line.keys, style: Style(.helpKey), row: row, column: left + 4, limit: left + keyColumn)
                screen.write(line.summary, style: style, row: row, column: left + keyColumn + 1, limit: left + boxWidth - 1)
            }
        }
    }
}
