/// Turns a character code read from the terminal (a wide character `wget_wch` decoded from the UTF-8 bytes an
/// input method sends, or a control code) into a key. Return is CR with `nonl()`; Ctrl-J is LF, so the two are
/// told apart (Ctrl-J starts a new line in a note).
public enum CharacterKeyDecoder {
    public static func key(forCode code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 13: return .enter
        case 10: return .control("j")
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
