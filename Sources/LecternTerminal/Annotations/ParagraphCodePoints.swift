import LecternCore

/// Where each glyph of a paragraph's block lies in the document's text, in code points (the unit annotations
/// use): the block's `GlyphSources` placed at the paragraph's offset. A control character's placeholder is several
/// glyphs of one code point; a zero-width mark is a code point with no glyph of its own.
struct ParagraphCodePoints {
    let sources: GlyphSources
    /// Code points of the paragraph: its first and one past its last.
    let range: Range<Int>

    init(paragraph: Paragraph, sources: GlyphSources) {
        self.sources = sources
        range = paragraph.codePointOffset..<(paragraph.codePointOffset + sources.codePointCount)
    }

    var glyphCount: Int { sources.glyphCount }

    /// The first glyph starting at or after code point `offset` (the glyph count when none does).
    func glyph(atOrAfter offset: Int) -> Int { sources.glyph(atCodePoint: offset - range.lowerBound) }

    /// The glyphs showing code points `codePoints`.
    func glyphs(of codePoints: Range<Int>) -> Range<Int> {
        let lower = glyph(atOrAfter: codePoints.lowerBound)
        return lower..<max(lower, glyph(atOrAfter: codePoints.upperBound))
    }

    /// The code points shown by glyphs `first...last`.
    func codePoints(ofGlyphs glyphs: ClosedRange<Int>) -> Range<Int> {
        guard glyphCount > 0 else { return range.lowerBound..<range.lowerBound }
        let first = start(ofGlyph: min(max(0, glyphs.lowerBound), glyphCount - 1))
        let last = start(ofGlyph: min(max(0, glyphs.upperBound), glyphCount - 1))
        let end = glyph(atOrAfter: last + 1)
        return first..<(end < glyphCount ? start(ofGlyph: end) : range.upperBound)
    }

    /// The code point where glyph `glyph` (one that exists) starts.
    private func start(ofGlyph glyph: Int) -> Int { range.lowerBound + sources.codePoint(atGlyph: glyph) }
}
