/// The note editor drawn: a framed box over the lower part of the screen with the note wrapped to its width, the
/// cursor shown (and the terminal's own cursor put there, so an input method opens its window beside it).
extension NoteEditor {
    /// `requirement` is the id of the annotated requirement, named in the title.
    func draw(into screen: inout ScreenBuffer, area: Rect, requirement: String?) {
        let boxHeight = min(area.height - 1, 12)
        let box = area.centredBox(
            width: min(area.width - 2, 90), height: boxHeight, row: max(0, area.height - 1 - boxHeight))
        guard box.width >= 10, box.height >= 3 else { return }
        let style = Style(.help)
        for row in box.row..<box.bottom { screen.fill(row: row, columns: box.column..<box.right, style: style) }
        screen.write(
            " Note\(requirement.map { " \($0)" } ?? "") — Enter saves, Ctrl-J new line, Esc leaves it as it was ",
            style: Style(.helpKey), row: box.row, column: box.column + 1, limit: box.right - 1)
        let innerWidth = box.width - 4
        let (lines, cursor) = layout(width: innerWidth)
        let visible = box.height - 1
        let first = max(0, cursor.line - visible + 1)
        for (k, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            screen.write(line, row: box.row + 1 + k, column: box.column + 2, limit: box.column + 2 + innerWidth)
        }
        let row = box.row + 1 + cursor.line - first
        let column = box.column + 2 + cursor.column
        screen.restyle(row: row, columns: column..<(column + 1)) { $0.emphasis.insert([.cursor, .focused]) }
        screen.cursorPosition = CursorPosition(row: row, column: column)
    }

    /// The note's glyphs in lines of at most `width` columns (line breaks kept, long lines cut where full), and
    /// the line and column of the cursor.
    func layout(width: Int) -> (lines: [[Glyph]], cursor: (line: Int, column: Int)) {
        var lines: [[Glyph]] = [[]]
        var used = 0
        var place = (line: 0, column: 0)
        for (offset, character) in text.enumerated() {
            if offset == cursor { place = (lines.count - 1, used) }
            if character == "\n" {
                lines.append([])
                used = 0
                continue
            }
            for glyph in Glyph.glyphs(String(character), style: Style(.help)) {
                if used + glyph.width > width {
                    lines.append([])
                    used = 0
                }
                lines[lines.count - 1].append(glyph)
                used += glyph.width
            }
        }
        if cursor >= text.count {
            if used >= width {
                lines.append([])
                used = 0
            }
            place = (lines.count - 1, used)
        }
        return (lines, place)
    }
}
