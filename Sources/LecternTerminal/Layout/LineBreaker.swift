/// Wraps glyphs into lines of at most `width` columns by display width, following `LineBreakRules`; when no
/// allowed break exists within a line it breaks where the line is full. A wide glyph is never split; a glyph
/// wider than the whole width is replaced by a one-column "?".
public enum LineBreaker {
    /// Ranges of `glyphs` forming each line. An empty input gives one empty line.
    public static func wrap(_ glyphs: [Glyph], width: Int) -> [Range<Int>] {
        guard width > 0, !glyphs.isEmpty else { return [0..<glyphs.count] }
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var i = 0
        while i < glyphs.count {
            let w = min(glyphs[i].width, width)
            if used + w <= width {
                used += w
                i += 1
                continue
            }
            // glyphs[i] does not fit: end the line at the last allowed break after `start`.
            var end = i
            while end > start + 1, !LineBreakRules.canBreak(between: glyphs[end - 1].text, and: glyphs[end].text) {
                end -= 1
            }
            if end == start + 1, !LineBreakRules.canBreak(between: glyphs[end - 1].text, and: glyphs[end].text) {
                end = i  // no allowed break on the line: break where it is full
            }
            if end == start { end = start + 1 }
            lines.append(start..<end)
            start = end
            // A space that would start the continuation line is dropped.
            while start < glyphs.count, glyphs[start].text == " " { start += 1 }
            i = start
            used = 0
        }
        if start < glyphs.count || lines.isEmpty { lines.append(start..<glyphs.count) }
        return lines
    }

    /// The glyphs of each line, with glyphs wider than `width` replaced so that every line fits.
    public static func lines(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        wrap(glyphs, width: width).map { range in
            glyphs[range].map { $0.width > width ? Glyph("?", width: 1, style: $0.style) : $0 }
        }
    }
}
