/// Sentences of a paragraph's glyphs: each ends after 。！？；…!? and any closing quotes or brackets after them.
enum SentenceBounds {
    static let enders: Set<String> = ["。", "！", "？", "；", "…", "!", "?", "；"]
    static let closers: Set<String> = ["”", "’", "」", "』", "）", ")", "》", "】"]

    /// Glyph ranges of the sentences, covering every glyph.
    static func sentences(_ glyphs: [Glyph]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < glyphs.count {
            if enders.contains(glyphs[i].text) {
                var end = i + 1
                while end < glyphs.count, enders.contains(glyphs[end].text) || closers.contains(glyphs[end].text) { end += 1 }
                out.append(start..<end)
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < glyphs.count || out.isEmpty { out.append(start..<glyphs.count) }
        return out
    }
}
