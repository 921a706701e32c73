/// A character of the reading text: a paragraph and a glyph of its block.
public struct TextPoint: Hashable, Comparable, Sendable {
    public var paragraph: Int
    public var glyph: Int

    public static func < (a: TextPoint, b: TextPoint) -> Bool { (a.paragraph, a.glyph) < (b.paragraph, b.glyph) }
}

/// A passage being selected (vim's visual mode): from where it started (`anchor`) to where it is being
/// extended (`head`), both included; by characters, or by whole paragraphs.
struct Selection: Equatable {
    var anchor: TextPoint
    var head: TextPoint
    var wholeParagraphs: Bool

    var start: TextPoint { min(anchor, head) }
    var end: TextPoint { max(anchor, head) }

    /// The glyphs of paragraph `p` (of `count` glyphs) inside the selection.
    func glyphs(inParagraph p: Int, count: Int) -> Range<Int> {
        guard p >= start.paragraph, p <= end.paragraph, count > 0 else { return 0..<0 }
        if wholeParagraphs { return 0..<count }
        let lower = p == start.paragraph ? min(start.glyph, count) : 0
        let upper = p == end.paragraph ? min(end.glyph + 1, count) : count
        return lower..<max(lower, upper)
    }
}
