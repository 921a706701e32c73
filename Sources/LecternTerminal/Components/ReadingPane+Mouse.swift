/// The mouse in the reading pane. Columns and rows are the screen's (the pane starts at row 0); `textColumn` is
/// where its text starts, the column before it being the margin.
extension ReadingPane {
    /// The character under a cell, nil left of the margin or off the text.
    static func point(_ reader: DocumentReader, column: Int, row: Int, textColumn: Int) -> TextPoint? {
        guard column >= textColumn - 1 else { return nil }
        let position = reader.advanced(reader.top, by: row)
        guard reader.paragraph(at: position) != nil else { return nil }
        return reader.point(at: position, column: max(0, column - textColumn))
    }

    /// A click: while selecting, the selection extends to the character clicked; else the cursor goes to the
    /// line, and `v` will start selecting at that character.
    static func click(_ reader: inout DocumentReader, column: Int, row: Int, textColumn: Int) {
        let point = point(reader, column: column, row: row, textColumn: textColumn)
        if reader.selection != nil, let point {
            reader.moveHead(to: point)
        } else {
            reader.cursor = reader.advanced(reader.top, by: row)
            reader.pointer = point
            reader.keepCursorVisible()
        }
    }

    /// A drag selects the passage from the character where it began to the one where it ended; false (nothing
    /// selected) when either is off the text.
    static func selectDragged(
        _ reader: inout DocumentReader, from start: (column: Int, row: Int),
        to end: (column: Int, row: Int), textColumn: Int
    ) -> Bool {
        guard let from = point(reader, column: start.column, row: start.row, textColumn: textColumn),
            let to = point(reader, column: end.column, row: end.row, textColumn: textColumn)
        else { return false }
        reader.selection = Selection(anchor: from, head: from, wholeParagraphs: false)
        reader.moveHead(to: to)
        return true
    }
}
