import Foundation

/// The bottom line: the file and the breadcrumb of the cursor's position (or a message), and on the right the
/// requirement id, search counter, pending keys, progress and "? help". A prompt draws over it (Prompt).
struct StatusLine: Equatable {
    /// "file │ 2 › 四、… › 三是…", shown when there is no message.
    let location: String
    let message: StatusMessage?
    let right: String

    func draw(into screen: inout ScreenBuffer, area: Rect) {
        screen.fill(row: area.row, columns: area.column..<area.right, style: Style(.status))
        let right = Glyph.glyphs(self.right, style: Style(.status))
        let leftWidth = max(0, area.width - right.displayWidth - 1)
        // A message is read from its start; a breadcrumb from its end.
        if let message {
            let left = Glyph.glyphs(message.text, style: Style(message.isError ? .error : .message))
            screen.write(Self.head(left, width: leftWidth), row: area.row, column: area.column)
        } else {
            screen.write(
                Self.tail(Glyph.glyphs(location, style: Style(.status)), width: leftWidth), row: area.row,
                column: area.column)
        }
        screen.write(right, row: area.row, column: max(area.column, area.right - right.displayWidth))
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
