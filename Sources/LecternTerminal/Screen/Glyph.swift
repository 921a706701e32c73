import LecternCore

/// A grapheme cluster ready for layout: its text, its columns (1 or 2) and its style.
public struct Glyph: Equatable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(_ text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// Glyphs of a string in one style. Control characters and bidi overrides become `TerminalSafeText`
    /// placeholders; zero-width clusters are dropped; anything else the C library cannot print becomes U+FFFD.
    /// How many glyphs `glyphs(string, style:)` makes, without making them.
    public static func count(of string: String) -> Int {
        TerminalSafeText.sanitize(string).reduce(0) { $0 + (DisplayWidth.of($1) == 0 ? 0 : 1) }
    }

    public static func glyphs(_ string: String, style: Style) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(string.utf8.count / 2)
        for character in TerminalSafeText.sanitize(string) {
            switch DisplayWidth.of(character) {
            case .some(0): continue
            case .some(let width): out.append(Glyph(String(character), width: width, style: style))
            case .none: out.append(Glyph("\u{FFFD}", width: 1, style: style))
            }
        }
        return out
    }
}

extension Array where Element == Glyph {
    public var displayWidth: Int { reduce(0) { $0 + $1.width } }
}
