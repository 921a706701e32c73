import Foundation

/// The bottom line: a prompt being typed, or the file, the breadcrumb of the cursor's position (or a message),
/// and on the right the requirement id, search counter, pending keys, progress and "? help".
enum StatusLineView {
    static func draw(_ app: ReaderApp, progress: String?, into screen: inout ScreenBuffer, row: Int) {
        let width = screen.width
        screen.fill(row: row, columns: 0..<width, style: Style(.status))
        let reader = app.reader
        let right = Glyph.glyphs(rightText(app, progress: progress), style: Style(.status))
        let leftWidth = max(0, width - right.displayWidth - 1)
        let left: [Glyph]
        if let message = app.message {
            left = Glyph.glyphs(message.text, style: Style(message.isError ? .error : .message))
        } else {
            left = Glyph.glyphs(fileLabel(app) + " │ " + breadcrumb(reader), style: Style(.status))
        }
        // A message is read from its start; a breadcrumb from its end.
        screen.write(app.message == nil ? tail(left, width: leftWidth) : head(left, width: leftWidth), row: row, column: 0)
        screen.write(right, row: row, column: max(0, width - right.displayWidth))
    }

    static func rightText(_ app: ReaderApp, progress: String?) -> String {
        let reader = app.reader
        var parts: [String] = []
        let pending = app.dispatcher.pendingText
        if !pending.isEmpty { parts.append(pending) }
        if let search = reader.search {
            var counter = search.hits.isEmpty ? "0/0" : "\(search.current.map { $0 + 1 } ?? 0)/\(search.hits.count)"
            let elsewhere = app.hitsInOtherFiles
            if elsewhere > 0 { counter += " +\(elsewhere) in other files" }
            parts.append(counter)
        }
        if reader.selection != nil { parts.append(reader.selection!.wholeParagraphs ? "SELECT ¶" : "SELECT") }
        if reader.annotations.unreadable != nil { parts.append("RO") }
        if app.readers.contains(where: { $0.annotations.saveError != nil }) { parts.append("NOT SAVED (:w)") }
        if let node = reader.node(at: reader.cursor) { parts.append(reader.document.nodes[node].id) }
        if let page = reader.page { parts.append("p.\(page.number)/\(page.count)") }
        parts.append(progress ?? "\(reader.progressPercent)%")
        parts.append("? help")
        return parts.joined(separator: "  ")
    }

    static func fileLabel(_ app: ReaderApp) -> String {
        let name = app.reader.document.fileName
        return app.readers.count > 1 ? "\(name) (\(app.current + 1)/\(app.readers.count))" : name
    }

    /// 2 › 四、大力加强组织部门自身建设 › 三是知人善任能力
    static func breadcrumb(_ reader: DocumentReader) -> String {
        let speech = reader.index.speech(ofSlot: reader.cursor.slot)
        guard let node = reader.node(at: reader.cursor) else {
            return "\(speech) \(reader.document.speeches[speech - 1].title)"
        }
        return ([String(speech)] + reader.index.ancestry(of: node).map { reader.document.nodes[$0].label })
            .joined(separator: " › ")
    }

    /// The first glyphs that fit in `width` columns, with … at the end when some were cut.
    static func head(_ glyphs: [Glyph], width: Int) -> [Glyph] {
        guard width > 0 else { return [] }
        guard glyphs.displayWidth > width else { return glyphs }
        var out: [Glyph] = []
        var used = 1
        for glyph in glyphs {
            guard used + glyph.width <= width else { break }
            out.append(glyph)
            used += glyph.width
        }
        return out + [Glyph("…", width: 1, style: glyphs.first?.style ?? .body)]
    }

    /// The last glyphs that fit in `width` columns, with … in front when some were cut.
    static func tail(_ glyphs: [Glyph], width: Int) -> [Glyph] {
        guard width > 0 else { return [] }
        guard glyphs.displayWidth > width else { return glyphs }
        var out: [Glyph] = []
        var used = 1
        for glyph in glyphs.reversed() {
            guard used + glyph.width <= width else { break }
            out.append(glyph)
            used += glyph.width
        }
        return [Glyph("…", width: 1, style: glyphs.first?.style ?? .body)] + out.reversed()
    }
}
