/// A block's glyphs and the glyph ranges of its lines at one width.
public struct WrappedBlock: Sendable {
    public let glyphs: [Glyph]
    public let lines: [Range<Int>]

    public init(glyphs: [Glyph], width: Int) {
        self.glyphs = glyphs.map { $0.width > width ? Glyph("?", width: 1, style: $0.style) : $0 }
        lines = LineBreaker.wrap(self.glyphs, width: width)
    }
}
