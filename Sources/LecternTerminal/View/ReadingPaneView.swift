/// The reading pane: wrapped lines of the visible blocks from the top line, fold summaries, search hits
/// highlighted, and the cursor's line.
enum ReadingPaneView {
    static func draw(into screen: inout ScreenBuffer, area: Rect, reader: DocumentReader, focused: Bool) {
        let (column, width) = (area.column, area.width)
        for (row, position) in reader.shownLines(height: area.height).enumerated() {
            drawLine(reader, at: position, into: &screen, row: area.row + row, column: column, width: width)
            if position == reader.cursor {
                screen.restyle(row: area.row + row, columns: column..<(column + width)) {
                    $0.emphasis.insert(focused ? [.cursor, .focused] : .cursor)
                }
            }
        }
    }

    private static func drawLine(
        _ reader: DocumentReader, at position: ReadingPosition, into screen: inout ScreenBuffer,
        row: Int, column: Int, width: Int
    ) {
        let wrapped = reader.wrapped(position.slot)
        if position.line < wrapped.lines.count {
            let range = wrapped.lines[position.line]
            var glyphs = Array(wrapped.glyphs[range])
            if case .paragraph(let p) = reader.index.block(atSlot: position.slot) {
                let current = reader.search?.current
                for hit in reader.hits(onGlyphs: range, inParagraph: p) {
                    let emphasis: Style.Emphasis = hit.number == current ? [.searchHit, .currentHit] : .searchHit
                    for i in hit.glyphs { glyphs[i - range.lowerBound].style.emphasis.insert(emphasis) }
                }
                var annotated = false
                for mark in reader.annotatedGlyphs(inParagraph: p, near: range) where mark.glyphs.overlaps(range) {
                    annotated = true
                    for i in mark.glyphs.clamped(to: range) {
                        glyphs[i - range.lowerBound].style.emphasis.insert(.annotated)
                    }
                }
                if let selection = reader.selection {
                    let selected = selection.glyphs(inParagraph: p, count: wrapped.glyphs.count)
                    for i in selected.clamped(to: range) {
                        glyphs[i - range.lowerBound].style.emphasis.insert(.selected)
                    }
                }
                // The margin mark shows annotated lines without colour or underline support.
                if annotated, column > 0 {
                    screen.write("▌", style: Style(.annotationMark), row: row, column: column - 1)
                }
            }
            screen.write(glyphs, row: row, column: column, limit: column + width)
        } else if position.line == wrapped.lines.count, let summary = reader.foldSummary(ofSlot: position.slot) {
            screen.write("  " + summary, style: Style(.foldSummary), row: row, column: column, limit: column + width)
        }
    }
}
