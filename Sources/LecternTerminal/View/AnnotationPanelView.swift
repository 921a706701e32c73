import Foundation

/// The annotations panel: a framed list over the panes of every annotation of every open file — file,
/// requirement, status, tags, note and quoted text — with orphaned and ambiguous ones marked, and the filter.
enum AnnotationPanelView {
    static func draw(_ app: ReaderApp, _ panel: AnnotationPanel, into screen: inout ScreenBuffer) {
        let boxWidth = min(screen.width - 2, 110)
        let boxHeight = screen.height - 1
        guard boxWidth >= 10, boxHeight >= 4 else { return }
        let left = (screen.width - boxWidth) / 2
        let limit = left + boxWidth - 1
        let rows = AnnotationPanel.rows(app.readers, filter: panel.filter)
        let style = Style(.help)
        for row in 0..<boxHeight { screen.fill(row: row, columns: left..<(left + boxWidth), style: style) }
        let title = " Annotations: \(rows.count) — Enter goes there, / filters, r re-attaches, x deletes, u undoes, q closes "
        screen.write(title, style: Style(.helpKey), row: 0, column: left + 1, limit: limit)
        let filter = panel.editingFilter ? "filter: \(panel.filter)▏" : panel.filter.isEmpty ? "/ to filter (#tag, or any text)"
            : "filter: \(panel.filter)"
        screen.write(filter, style: Style(panel.editingFilter ? .prompt : .help), row: 1, column: left + 2, limit: limit)
        if rows.isEmpty {
            screen.write(panel.filter.isEmpty ? "no annotations yet: a annotates the requirement at the cursor" : "nothing matches",
                         style: style, row: 3, column: left + 2, limit: limit)
        }
        for line in 0..<(boxHeight - 3) {
            let i = panel.top + line
            guard i < rows.count else { break }
            let screenRow = line + 3
            screen.write(glyphs(rows[i], app: app, width: boxWidth), row: screenRow, column: left + 2, limit: limit)
            if i == panel.selected {
                screen.restyle(row: screenRow, columns: (left + 1)..<limit) { $0.emphasis.insert([.cursor, .focused]) }
            }
        }
    }

    private static func glyphs(_ row: AnnotationPanel.Row, app: ReaderApp, width: Int) -> [Glyph] {
        let a = row.annotation
        var out: [Glyph] = []
        if app.readers.count > 1 {
            out += Glyph.glyphs(app.readers[row.file].document.fileName + " ",
                                style: Style(.treeFile))
        }
        out += Glyph.glyphs((row.requirement ?? "–") + " ", style: Style(.border))
        if !a.anchor.isAnchored || a.anchor.status == .fuzzy {
            out += Glyph.glyphs("[\(a.anchor.status.rawValue)] ", style: Style(a.anchor.isAnchored ? .message : .error))
        }
        if let status = a.status { out += Glyph.glyphs(status.rawValue + " ", style: Style(.helpKey)) }
        if !a.tags.isEmpty { out += Glyph.glyphs(a.tags.map { "#" + $0 }.joined(separator: " ") + " ", style: Style(.annotationMark)) }
        if let note = a.note {
            out += Glyph.glyphs("✎ " + head(note, width).replacingOccurrences(of: "\n", with: " ⏎ ") + " ", style: Style(.help))
        }
        out += Glyph.glyphs("「" + head(a.target.quote.exact, width).replacingOccurrences(of: "\n", with: " ") + "」",
                            style: Style(.help))
        return out
    }

    /// The first `count` characters of a text, and … when there are more: no more fit on a row, and a quote can be
    /// a whole paragraph of a million characters (made into glyphs at every frame, it took a third of a second).
    private static func head(_ text: String, _ count: Int) -> String {
        guard let end = text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        return text[..<end] + "…"
    }
}
