import Foundation

/// The bottom line: a prompt being typed, or the file, the breadcrumb of the cursor's position (or a message),
/// and on the right the requirement id, search counter, pending keys, progress and "? help".
enum StatusLineView {
    static func draw(_ app: ReaderApp, into screen: inout ScreenBuffer, row: Int) {
        let width = screen.width
        screen.fill(row: row, columns: 0..<width, style: Style(.status))
        if case .prompt(let prompt) = app.mode {
            screen.fill(row: row, columns: 0..<width, style: Style(.prompt))
            let text = Glyph.glyphs(prompt.leader + prompt.text, style: Style(.prompt))
            // Keep the end of a long prompt in view.
            screen.write(tail(text, width: width - 1), row: row, column: 0)
            return
        }
        let reader = app.reader
        let right = Glyph.glyphs(rightText(app), style: Style(.status))
        let leftWidth = max(0, width - right.displayWidth - 1)
        let left: [Glyph]
        if let message = app.message {
            left = Glyph.glyphs(message.text, style: Style(message.isError ? .error : .message))
        } else {
            left = Glyph.glyphs(fileLabel(app) + " │ " + breadcrumb(reader), style: Style(.status))
        }
        screen.write(tail(left, width: leftWidth), row: row, column: 0)
        screen.write(right, row: row, column: max(0, width - right.displayWidth))
    }

    static func rightText(_ app: ReaderApp) -> String {
        let reader = app.reader
        var parts: [String] = []
        let pending = app.dispatcher.pendingText
        if !pending.isEmpty { parts.append(pending) }
        if let search = reader.search {
            parts.append(search.hits.isEmpty ? "0/0" : "\(search.current.map { $0 + 1 } ?? 0)/\(search.hits.count)")
        }
        if let node = reader.node(at: reader.cursor) { parts.append(reader.document.nodes[node].id) }
        parts.append("\(reader.progressPercent)%")
        parts.append("? help")
        return parts.joined(separator: "  ")
    }

    static func fileLabel(_ app: ReaderApp) -> String {
        let name = URL(fileURLWithPath: app.reader.document.path).lastPathComponent
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
