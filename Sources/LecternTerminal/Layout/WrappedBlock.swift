import Algorithms

/// A block's glyphs, where they come from, and the glyph ranges of its lines at one width.
public struct WrappedBlock: Sendable {
    public let glyphs: [Glyph]
    public let sources: GlyphSources
    public let lines: [Range<Int>]

    public init(_ block: BlockGlyphs, width: Int) {
        // Glyphs are one or two columns wide: only a window one column wide has any to replace, and a long
        // paragraph is not copied otherwise.
        glyphs =
            block.glyphs.contains { $0.width > width }
            ? block.glyphs.map { $0.width > width ? Glyph("?", width: 1, style: $0.style) : $0 }
            : block.glyphs
        sources = block.sources
        lines = LineBreaker.wrap(glyphs, width: width)
    }

    /// The line holding glyph `glyph`: the last line starting at or before it (found by halving).
    public func line(ofGlyph glyph: Int) -> Int {
        max(0, lines.partitioningIndex { $0.lowerBound > glyph } - 1)
    }
}
