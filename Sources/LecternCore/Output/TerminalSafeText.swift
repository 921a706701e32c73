/// Makes document text safe to print on a terminal: control characters and bidirectional overrides become
/// visible placeholders instead of being interpreted (an ESC in a file must not drive the terminal).
public enum TerminalSafeText {
    /// One line: every control shows as its placeholder, LF included; a tab becomes a space.
    public static func sanitize(_ text: String) -> String {
        sanitize(text, keepingLineFeeds: false, keepingTabs: false)
    }

    /// With `keepingLineBreaks`, LF and tab pass through (for multi-line reports); everything else as above.
    public static func sanitize(_ text: String, keepingLineBreaks: Bool) -> String {
        sanitize(text, keepingLineFeeds: keepingLineBreaks, keepingTabs: keepingLineBreaks)
    }

    /// Each line as `sanitize` makes it (a tab becomes a space), with the LFs between lines kept: the rule for
    /// exports (Markdown, CSV), where LF is line structure and a tab separates nothing.
    public static func sanitizeEachLine(_ text: String) -> String {
        sanitize(text, keepingLineFeeds: true, keepingTabs: false)
    }

    private static func sanitize(_ text: String, keepingLineFeeds: Bool, keepingTabs: Bool) -> String {
        func kept(_ scalar: Unicode.Scalar) -> Bool {
            (keepingLineFeeds && scalar == "\n") || (keepingTabs && scalar == "\t")
        }
        func replaced(_ scalar: Unicode.Scalar) -> Bool { needsPlaceholder(scalar) && !kept(scalar) }
        guard text.unicodeScalars.contains(where: replaced) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t", !keepingTabs {
                out.append(" ")  // a tab (Word runs have them) is spacing, not a control to show
            } else if replaced(scalar) {
                out.append(contentsOf: placeholder(for: scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    public static func needsPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (v >= 0x80 && v <= 0x9F) || (v >= 0x202A && v <= 0x202E)
            || (v >= 0x2066 && v <= 0x2069) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// C0 controls show as their Control Pictures (␛ for ESC, ␇ for BEL; a tab becomes a space); others as ⟨U+XXXX⟩.
    public static func placeholder(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "␡" }
        let hex = String(v, radix: 16, uppercase: true)
        return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
    }
}
