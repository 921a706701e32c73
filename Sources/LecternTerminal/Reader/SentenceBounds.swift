/// Sentences of a paragraph's glyphs: each ends after 。！？；…!? and any closing quotes or brackets after them.
/// A sentence is found by looking around a glyph, not by splitting the whole paragraph: selecting by sentences in
/// a paragraph of a million characters reads only the sentences it passes.
enum SentenceBounds {
    static let enders: Set<String> = ["。", "！", "？", "；", "…", "!", "?", "；"]
    static let closers: Set<String> = ["”", "’", "」", "』", "）", ")", "》", "】"]

    /// The sentence holding glyph `glyph` (the last sentence when it is past the end); an empty paragraph is one
    /// empty sentence.
    static func sentence(containing glyph: Int, in glyphs: [Glyph]) -> Range<Int> {
        guard !glyphs.isEmpty else { return 0..<0 }
        let g = min(max(0, glyph), glyphs.count - 1)
        // A sentence ends where a run of enders and closers holding an ender ends; the glyph's own run counts.
        let runStart = start(ofRunAt: g, in: glyphs)
        var end = runStart
        while end < glyphs.count, !enders.contains(glyphs[end].text) { end += 1 }
        end = end < glyphs.count ? self.end(ofRunAt: end, in: glyphs) : glyphs.count
        var start = runStart
        while start > 0, !enders.contains(glyphs[start - 1].text) { start -= 1 }
        start = start > 0 ? self.end(ofRunAt: start - 1, in: glyphs) : 0
        return start..<end
    }

    private static func isPunctuation(_ glyph: Glyph) -> Bool {
        enders.contains(glyph.text) || closers.contains(glyph.text)
    }

    /// Where the run of enders and closers holding glyph `i` starts (`i` itself when it is neither).
    private static func start(ofRunAt i: Int, in glyphs: [Glyph]) -> Int {
        var start = i
        while start > 0, isPunctuation(glyphs[start]), isPunctuation(glyphs[start - 1]) { start -= 1 }
        return start
    }

    /// One past the run of enders and closers holding glyph `i`.
    private static func end(ofRunAt i: Int, in glyphs: [Glyph]) -> Int {
        var end = i + 1
        while end < glyphs.count, isPunctuation(glyphs[end]) { end += 1 }
        return end
    }
}
