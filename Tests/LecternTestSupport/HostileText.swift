/// Text that would drive a terminal if printed raw, as a hostile document, sidecar or file name holds it, and an
/// oracle for raw controls that does not share `TerminalSafeText`'s code (so a bug there cannot hide itself).
public enum HostileText {
    /// OSC 52: writes the reader's clipboard ("Hello").
    public static let osc52 = "\u{1B}]52;c;SGVsbG8=\u{07}"
    /// CSI 2 J: clears the screen.
    public static let csi = "\u{1B}[2J"
    public static let bel = "\u{07}"
    public static let rightToLeftOverride = "\u{202E}"
    /// NEL, a C1 control.
    public static let nextLine = "\u{85}"
    /// A lone ESC.
    public static let escape = "\u{1B}"

    /// All of them in a row.
    public static let all = osc52 + csi + bel + rightToLeftOverride + nextLine + escape

    /// How `all` shows once neutralized: Control Pictures for C0, ⟨U+XXXX⟩ for C1 and bidi overrides.
    public static let shown = "␛]52;c;SGVsbG8=␇␛[2J␇⟨U+202E⟩⟨U+0085⟩␛"

    /// The characters in `text` a terminal could obey — C0 controls, DEL, C1 controls, bidi controls — except
    /// those `allowed` (LF and tab where a report's shape needs them), each as "U+XXXX at index".
    public static func rawControls(in text: String, allowing allowed: Set<Unicode.Scalar> = ["\n", "\t"]) -> [String] {
        text.unicodeScalars.enumerated().compactMap { index, scalar in
            guard isTerminalControl(scalar.value), !allowed.contains(scalar) else { return nil }
            return "U+" + String(scalar.value, radix: 16, uppercase: true) + " at \(index)"
        }
    }

    private static func isTerminalControl(_ v: UInt32) -> Bool {
        v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || [0x200E, 0x200F, 0x061C].contains(v)
    }
}
