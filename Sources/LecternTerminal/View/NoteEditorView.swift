/// The note editor: a framed box over the lower part of the screen with the note wrapped to its width, the
/// cursor shown (and the terminal's own cursor put there, so an input method opens its window beside it).
enum NoteEditorView {
    static func draw(_ app: ReaderApp, _ editor: NoteEditor, into screen: inout ScreenBuffer) {
        let boxWidth = min(screen.width - 2, 90)
        let boxHeight = min(screen.height - 1, 12)
        guard boxWidth >= 10, boxHeight >= 3 else { return }
        let left = (screen.width - boxWidth) / 2
        let topRow = max(0, screen.height - 1 - boxHeight)
        let style = Style(.help)
        for row in topRow..<(topRow + boxHeight) { screen.fill(row: row, columns: left..<(left + boxWidth), style: style) }
        let requirement = app.readers[editor.file].annotations.annotation(editor.id)?.target.requirement.map { " \($0)" } ?? ""
        screen.write(" Note\(requirement) — Enter saves, Ctrl-J new line, Esc leaves it as it was ", style: Style(.helpKey),
                     row: topRow, column: left + 1, limit: left + boxWidth - 1)
        let innerWidth = boxWidth - 4
        let (lines, cursor) = layout(editor, width: innerWidth)
        let visible = boxHeight - 1
        let first = max(0, cursor.line - visible + 1)
        for (k, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            screen.write(line, row: topRow + 1 + k, column: left + 2, limit: left + 2 + innerWidth)
        }
        let row = topRow + 1 + cursor.line - first
        let column = left + 2 + cursor.column
        screen.restyle(row: row, columns: column..<(column + 1)) { $0.emphasis.insert([.cursor, .focused]) }
        screen.cursorPosition = CursorPosition(row: row, column: column)
    }

    /// The note's glyphs in lines of at most `width` columns (line breaks kept, long lines cut where full), and
    /// the line and column of the cursor.
    static func layout(_ editor: NoteEditor, width: Int) -> (lines: [[Glyph]], cursor: (line: Int, column: Int)) {
        var lines: [[Glyph]] = [[]]
        var used = 0
        var cursor = (line: 0, column: 0)
        for (offset, character) in editor.text.enumerated() {
            if offset == editor.cursor { cursor = (lines.count - 1, used) }
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
        if editor.cursor >= editor.text.count {
            if used >= width {
                lines.append([])
                used = 0
            }
            cursor = (lines.count - 1, used)
        }
        return (lines, cursor)
    }
}
