import Foundation

/// The annotations panel drawn: a framed list over the panes of every annotation of every open file — file,
/// requirement, status, tags, note and quoted text — with orphaned and ambiguous ones marked, and the filter.
extension AnnotationPanel {
    /// `rows` are those the filter leaves; `fileNames` the open files', shown on each row when several are open.
    func draw(into screen: inout ScreenBuffer, area: Rect, rows: [Row], fileNames: [String]) {
        let box = area.centredBox(width: min(area.width - 2, 110), height: area.height - 1)
        let (left, boxWidth, boxHeight) = (box.column, box.width, box.height)
        guard boxWidth >= 10, boxHeight >= 4 else { return }
        let limit = left + boxWidth - 1
        let style = Style(.help)
        for row in box.row..<box.bottom { screen.fill(row: row, columns: left..<(left + boxWidth), style: style) }
        let title =
            " Annotations: \(rows.count) — Enter goes there, / filters, r re-attaches, x deletes, u undoes, q closes "
        screen.write(title, style: Style(.helpKey), row: box.row, column: left + 1, limit: limit)
        let filterLine =
            editingFilter
            ? "filter: \(filter)▏"
            : filter.isEmpty
                ? "/ to filter (#tag, or any text)"
                : "filter: \(filter)"
        screen.write(
            filterLine, style: Style(editingFilter ? .prompt : .help), row: box.row + 1, column: left + 2, limit: limit)
        if rows.isEmpty {
            screen.write(
                filter.isEmpty ? "no annotations yet: a annotates the requirement at the cursor" : "nothing matches",
                style: style, row: box.row + 3, column: left + 2, limit: limit)
        }
        for line in 0..<(boxHeight - 3) {
            let i = top + line
            guard i < rows.count else { break }
            let screenRow = box.row + line + 3
            screen.write(
                Self.glyphs(rows[i], fileNames: fileNames, width: boxWidth), row: screenRow, column: left + 2,
                limit: limit)
            if i == selected {
                screen.restyle(row: screenRow, columns: (left + 1)..<limit) { $0.emphasis.insert([.cursor, .focused]) }
            }
        }
    }

    private static func glyphs(_ row: Row, fileNames: [String], width: Int) -> [Glyph] {
        let a = row.annotation
        var out: [Glyph] = []
        if fileNames.count > 1 { out += Glyph.glyphs(fileNames[row.file] + " ", style: Style(.treeFile)) }
        out += Glyph.glyphs((row.requirement ?? "–") + " ", style: Style(.border))
        if !a.anchor.isAnchored || a.anchor.status == .fuzzy {
            out += Glyph.glyphs("[\(a.anchor.status.rawValue)] ", style: Style(a.anchor.isAnchored ? .message : .error))
        }
        if let status = a.status { out += Glyph.glyphs(status.rawValue + " ", style: Style(.helpKey)) }
        if !a.tags.isEmpty {
            out += Glyph.glyphs(a.tags.map { "#" + $0 }.joined(separator: " ") + " ", style: Style(.annotationMark))
        }
        if let note = a.note {
            out += Glyph.glyphs(
                "✎ " + head(note, width).replacingOccurrences(of: "\n", with: " ⏎ ") + " ", style: Style(.help))
        }
        out += Glyph.glyphs(
            "「" + head(a.target.quote.exact, width).replacingOccurrences(of: "\n", with: " ") + "」",
            style: Style(.help))
        return out
    }

    /// The first `count` characters of a text, and … when there are more: no more fit on a row, and a quote can be
    /// a whole paragraph of a million characters (made into glyphs at every frame, it took a third of a second).
    private static func head(_ text: String, _ count: Int) -> String {
        guard let end = text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex), end < text.endIndex
        else {
            return text
        }
        return text[..<end] + "…"
    }
}
