import LecternCore

/// Where each glyph of a paragraph's block lies in the document's text, in code points (the unit annotations
/// use). A control character's placeholder is several glyphs of one code point; a zero-width mark is a code point
/// with no glyph of its own.
struct ParagraphCodePoints {
    /// Absolute code-point offset of each glyph.
    let starts: [Int]
    /// Code points of the paragraph: its first and one past its last.
    let range: Range<Int>

    init(paragraph: Paragraph, document: Document) {
        var starts: [Int] = []
        var offset = paragraph.codePointOffset
        var previous: Unicode.Scalar?
        for character in document.string(of: paragraph) {
            // A joined paragraph's line feed is a glyph only where ReadingText shows it as a space.
            let glyphs = character == "\n" ? (previous.map(ReadingText.wantsSpace(after:)) == true ? 1 : 0)
                : Glyph.count(of: String(character))
            starts += repeatElement(offset, count: glyphs)
            offset += character.unicodeScalars.count
            previous = character.unicodeScalars.last
        }
        self.starts = starts
        range = paragraph.codePointOffset..<offset
    }

    var glyphCount: Int { starts.count }

    /// The first glyph starting at or after code point `offset` (the glyph count when none does).
    func glyph(atOrAfter offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The glyphs showing code points `codePoints`.
    func glyphs(of codePoints: Range<Int>) -> Range<Int> {
        let lower = glyph(atOrAfter: codePoints.lowerBound)
        return lower..<max(lower, glyph(atOrAfter: codePoints.upperBound))
    }

    /// The code points shown by glyphs `first...last`.
    func codePoints(ofGlyphs glyphs: ClosedRange<Int>) -> Range<Int> {
        guard !starts.isEmpty else { return range.lowerBound..<range.lowerBound }
        let first = starts[min(max(0, glyphs.lowerBound), starts.count - 1)]
        let last = starts[min(max(0, glyphs.upperBound), starts.count - 1)]
        let end = glyph(atOrAfter: last + 1)
        return first..<(end < starts.count ? starts[end] : range.upperBound)
    }
}
