import Algorithms

/// Where each glyph of a paragraph's block comes from in the paragraph's text: the UTF-8 byte and the code point
/// where its character starts, counted from the paragraph's start. The glyphs of a control character's placeholder
/// share their character's start; a zero-width character has no glyph, so its text belongs to the next one.
/// Search hits (bytes) and annotations (code points) become glyphs by halving these lists, never by counting
/// the text before them again: on a long paragraph that cost hits × its length.
public struct GlyphSources: Sendable {
    /// Per glyph, ascending.
    let byteStarts: [Int]
    let codePointStarts: [Int]
    /// The paragraph's length, where the glyph after the last would start.
    let byteCount: Int
    let codePointCount: Int

    /// A block with no text of the document behind it (a speech header).
    static let none = GlyphSources(byteStarts: [], codePointStarts: [], byteCount: 0, codePointCount: 0)

    var glyphCount: Int { byteStarts.count }

    /// The glyphs made from the text before byte `offset`: the index of the first glyph starting at or after it.
    func glyph(atByte offset: Int) -> Int { byteStarts.partitioningIndex { $0 >= offset } }

    /// The glyphs made from the text before code point `offset`.
    func glyph(atCodePoint offset: Int) -> Int { codePointStarts.partitioningIndex { $0 >= offset } }

    /// The glyphs showing bytes `range` of the paragraph.
    func glyphs(ofBytes range: Range<Int>) -> Range<Int> {
        let lower = glyph(atByte: range.lowerBound)
        return lower..<max(lower, glyph(atByte: range.upperBound))
    }

    /// Where glyph `glyph` starts in bytes; the paragraph's length for the end of the last glyph.
    func byte(atGlyph glyph: Int) -> Int { glyph < byteStarts.count ? byteStarts[max(0, glyph)] : byteCount }

    /// Where glyph `glyph` starts in code points; the paragraph's length for the end of the last glyph.
    func codePoint(atGlyph glyph: Int) -> Int {
        glyph < codePointStarts.count ? codePointStarts[max(0, glyph)] : codePointCount
    }
}
