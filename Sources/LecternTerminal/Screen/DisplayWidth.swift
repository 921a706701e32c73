import CNcursesw

/// Columns a character takes on the terminal. Uses the C library's `wcwidth`, the function ncurses itself uses,
/// so the layout and the screen always agree; `EastAsianWidth` stands in only when no UTF-8 locale exists.
public enum DisplayWidth {
    /// Columns of one scalar: 0 for combining and zero-width marks, 2 for wide (CJK) characters, nil when the
    /// scalar is not printable.
    public static func of(_ scalar: Unicode.Scalar) -> Int? {
        if TerminalLocale.isUTF8 {
            let width = Int(wcwidth(Int32(bitPattern: scalar.value)))
            return width < 0 ? nil : width
        }
        return EastAsianWidth.columns(of: scalar)
    }

    /// Columns of a grapheme cluster: its first scalar's width plus any further wide scalars; nil when the first
    /// scalar is not printable.
    public static func of(_ character: Character) -> Int? {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let base = of(first) else { return nil }
        var total = base
        while let next = scalars.next() { total += max(0, of(next) ?? 0) }
        return min(total, 2)
    }

    /// Columns of a string whose characters are all printable (unprintable ones count as one column).
    public static func of(_ string: String) -> Int {
        string.reduce(0) { $0 + (of($1) ?? 1) }
    }
}
