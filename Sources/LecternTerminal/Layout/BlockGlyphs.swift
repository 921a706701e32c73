import LecternCore

/// A block's glyphs before wrapping, and where each comes from in its paragraph's text (`GlyphSources`). A
/// paragraph's are made one character at a time, so a character makes the glyphs `Glyph.glyphs` makes of it alone
/// (a control's placeholder, nothing for a zero-width mark), in one pass over the text's UTF-8: a scalar that is a
/// character by itself (ASCII, Chinese and its punctuation, next to another such) skips grapheme breaking, which
/// would cost more than the rest of the layout of a long paragraph.
public struct BlockGlyphs: Sendable {
    public var glyphs: [Glyph]
    public let sources: GlyphSources

    /// Glyphs with no text of the document behind them (a speech header).
    init(glyphs: [Glyph]) {
        self.glyphs = glyphs
        sources = .none
    }

    init(text: String, style: Style) {
        var text = text
        text.makeContiguousUTF8()  // a document's strings are already: the walk reads the bytes in place
        var glyphs: [Glyph] = []
        var byteStarts: [Int] = []
        var codePointStarts: [Int] = []
        let utf8 = text.utf8
        glyphs.reserveCapacity(utf8.count / 3)
        byteStarts.reserveCapacity(utf8.count / 3)
        codePointStarts.reserveCapacity(utf8.count / 3)
        var codePoints = 0
        _ = utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            var previous: UInt32 = 0
            while i < bytes.count {
                let (value, length) = UTF8Scalar.decode(bytes, at: i)
                defer { previous = value }
                if value == 0x0A {
                    // A joined paragraph's line feed (Reflow): nothing, or a space after a Latin letter or digit,
                    // as ReadingText shows it.
                    if let before = Unicode.Scalar(previous), ReadingText.wantsSpace(after: before) {
                        glyphs.append(Glyph(" ", width: 1, style: style))
                        byteStarts.append(i)
                        codePointStarts.append(codePoints)
                    }
                    codePoints += 1
                    i += 1
                    continue
                }
                let next = i + length
                let endsHere = next == bytes.count || Self.standsAlone(UTF8Scalar.decode(bytes, at: next).value)
                if Self.standsAlone(value), endsHere {
                    if let glyph = Self.glyph(of: Unicode.Scalar(value)!, style: style) {
                        glyphs.append(glyph)
                        byteStarts.append(i)
                        codePointStarts.append(codePoints)
                    }
                    codePoints += 1
                    i = next
                    continue
                }
                let character = text[utf8.index(utf8.startIndex, offsetBy: i)...].first!
                let own = Glyph.glyphs(String(character), style: style)
                glyphs += own
                byteStarts += repeatElement(i, count: own.count)
                codePointStarts += repeatElement(codePoints, count: own.count)
                codePoints += character.unicodeScalars.count
                i += character.utf8.count
            }
        }
        self.glyphs = glyphs
        sources = GlyphSources(
            byteStarts: byteStarts, codePointStarts: codePointStarts, byteCount: utf8.count,
            codePointCount: codePoints)
    }

    /// The glyph of a scalar that is a character by itself, as `Glyph.glyphs` makes it; nil for a zero-width one.
    private static func glyph(of scalar: Unicode.Scalar, style: Style) -> Glyph? {
        switch DisplayWidth.of(scalar) {
        case .some(0): return nil
        case .some(let width): return Glyph(String(scalar), width: min(width, 2), style: style)
        case .none: return Glyph("\u{FFFD}", width: 1, style: style)
        }
    }

    /// True for a printable scalar that never joins the scalars around it into one character (grapheme cluster
    /// break property Other) and needs no placeholder: between two of them a character always ends.
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF: return true  // ASCII and Latin letters (not the soft hyphen)
        case 0x2010...0x2027, 0x2030...0x205E: return true  // dashes, quotes, …, ※
        case 0x3000...0x3029, 0x3030...0x303F: return true  // CJK punctuation (not the tone marks 〪–〯)
        case 0x3041...0x3096, 0x309B...0x30FF: return true  // kana (not the combining sound marks)
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60: return true  // Chinese characters, full-width forms
        default: return false
        }
    }
}
