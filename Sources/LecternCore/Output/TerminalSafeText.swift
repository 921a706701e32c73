/// Makes document text safe to print on a terminal: control characters and bidirectional overrides become
/// visible placeholders instead of being interpreted (an ESC in a file must not drive the terminal).
package enum TerminalSafeText {
    /// One line: every control shows as its placeholder, LF included; a tab becomes a space.
    package static func sanitize(_ text: String) -> String {
        sanitize(text, keepingLineFeeds: false, keepingTabs: false)
    }

    /// With `keepingLineBreaks`, LF and tab pass through (for multi-line reports); everything else as above.
    package static func sanitize(_ text: String, keepingLineBreaks: Bool) -> String {
        sanitize(text, keepingLineFeeds: keepingLineBreaks, keepingTabs: keepingLineBreaks)
    }

    /// Each line as `sanitize` makes it (a tab becomes a space), with the LFs between lines kept: the rule for
    /// exports (Markdown, CSV), where LF is line structure and a tab separates nothing.
    package static func sanitizeEachLine(_ text: String) -> String {
        sanitize(text, keepingLineFeeds: true, keepingTabs: false)
    }

    private static func sanitize(_ text: String, keepingLineFeeds: Bool, keepingTabs: Bool) -> String {
        func kept(_ scalar: Unicode.Scalar) -> Bool {
            (keepingLineFeeds && scalar == "\n") || (keepingTabs && scalar == "\t")
        }
        func replaced(_ scalar: Unicode.Scalar) -> Bool { needsPlaceholder(scalar) && !kept(scalar) }
        guard mayNeedPlaceholders(text, keepingLineFeeds: keepingLineFeeds, keepingTabs: keepingTabs) else {
            return text
        }
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

    /// The byte-level check that lets almost every text through untouched: true when the UTF-8 holds a byte
    /// sequence `needsPlaceholder` matches (C0 and DEL, C1 as C2 80–9F, U+061C as D8 9C, the marks and overrides
    /// of U+200E–F, U+202A–E and U+2066–9 as E2 80/81 …), not counting a kept LF or tab.
    static func mayNeedPlaceholders(_ text: String, keepingLineFeeds: Bool, keepingTabs: Bool) -> Bool {
        var text = text
        return text.withUTF8 { mayNeedPlaceholders($0, keepingLineFeeds: keepingLineFeeds, keepingTabs: keepingTabs) }
    }

    /// A report already in UTF-8 (`OutlineText.outlineUTF8`) made safe with LF and tab kept: the same bytes when
    /// nothing in them needs a placeholder, which is the rule, without a String made of them.
    package static func sanitizeKeepingLineBreaks(utf8 bytes: [UInt8]) -> [UInt8] {
        let clean = bytes.withUnsafeBufferPointer {
            !mayNeedPlaceholders($0, keepingLineFeeds: true, keepingTabs: true)
        }
        if clean { return bytes }
        return Array(sanitize(String(decoding: bytes, as: UTF8.self), keepingLineBreaks: true).utf8)
    }

    package static func mayNeedPlaceholders(
        _ bytes: UnsafeBufferPointer<UInt8>, keepingLineFeeds: Bool,
        keepingTabs: Bool
    ) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight bytes at a time while none of them can start a sequence to replace: almost all of a text.
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if !ByteWord.hasByte(below: 0x20, word), !ByteWord.hasByte(0x7F, word), !ByteWord.hasByte(0xC2, word),
                    !ByteWord.hasByte(0xD8, word), !ByteWord.hasByte(0xE2, word)
                {
                    i += 8
                    continue
                }
            }
            let byte = base[i]
            i += 1
            switch byte {
            case 0x0A where keepingLineFeeds, 0x09 where keepingTabs:
                continue
            case 0x00..<0x20, 0x7F:
                return true
            case 0xC2:
                if i < count, base[i] >= 0x80, base[i] <= 0x9F { return true }
            case 0xD8:
                if i < count, base[i] == 0x9C { return true }
            case 0xE2:
                guard i + 1 < count else { continue }
                let second = base[i]
                let third = base[i + 1]
                if second == 0x80, third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE) { return true }
                if second == 0x81, third >= 0xA6, third <= 0xA9 { return true }
            default:
                continue
            }
        }
        return false
    }

    package static func needsPlaceholder(_ scalar: Unicode.Scalar) -> Bool { needsPlaceholder(scalar.value) }

    /// `needsPlaceholder` for a scalar's value, as byte-level readers decode it.
    static func needsPlaceholder(_ v: UInt32) -> Bool {
        return v < 0x20 || v == 0x7F || (v >= 0x80 && v <= 0x9F) || (v >= 0x202A && v <= 0x202E)
            || (v >= 0x2066 && v <= 0x2069) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// C0 controls show as their Control Pictures (␛ for ESC, ␇ for BEL; a tab becomes a space); others as ⟨U+XXXX⟩.
    package static func placeholder(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "␡" }
        let hex = String(v, radix: 16, uppercase: true)
        return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
    }
}
