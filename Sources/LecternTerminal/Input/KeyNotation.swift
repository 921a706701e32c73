/// Keys written the way vim writes them: plain characters as typed (Chinese included) and `<Name>` for the
/// rest — `<Enter> <Esc> <Tab> <S-Tab> <Space> <BS> <Up> <Down> <Left> <Right> <PageUp> <PageDown> <Home> <End>
/// <F1> <C-o> <lt>`, `<Resize:60x20>`, and for the mouse `<Click:col,row> <ScrollUp:col,row> <ScrollDown:col,row>`
/// `<Press:col,row> <Release:col,row>`.
public enum KeyNotation {
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    static let named: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter, "esc": .escape, "tab": .tab, "s-tab": .backTab,
        "space": .character(" "), "bs": .backspace, "backspace": .backspace, "up": .up, "down": .down,
        "left": .left, "right": .right, "pageup": .pageUp, "pagedown": .pageDown, "home": .home, "end": .end,
        "lt": .character("<"), "gt": .character(">"), "bar": .character("|"), "bslash": .character("\\"),
    ]

    public static func parse(_ text: String) throws -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">"), close > rest.index(after: rest.startIndex),
                let key = try namedKey(String(rest[rest.index(after: rest.startIndex)..<close]))
            {
                keys.append(key)
                rest = rest[rest.index(after: close)...]
            } else {
                keys.append(key(for: first))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    /// Control characters typed literally map to their keys; anything else is a character.
    static func key(for character: Character) -> Key {
        switch character {
        case "\n", "\r", "\r\n": return .enter
        case "\t": return .tab
        case "\u{1B}": return .escape
        case "\u{7F}": return .backspace
        default: return .character(character)
        }
    }

    /// The key for `<name>`, nil when `name` is not a key name (then `<` is typed as itself).
    static func namedKey(_ name: String) throws -> Key? {
        let lower = name.lowercased()
        if let key = named[lower] { return key }
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isLetter, letter.isASCII {
            if letter == "i" { return .tab }
            if letter == "m" { return .enter }
            return .control(letter)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
        if lower.hasPrefix("resize:") {
            let size = lower.dropFirst("resize:".count).split(separator: "x")
            guard size.count == 2, let w = Int(size[0]), let h = Int(size[1]), w >= 0, h >= 0 else {
                throw ParseError(description: "bad resize '<\(name)>': write <Resize:60x20>")
            }
            return .resize(width: w, height: h)
        }
        for kind in [MouseEvent.Kind.click, .scrollUp, .scrollDown, .press, .release]
        where lower.hasPrefix(kind.rawValue.lowercased() + ":") {
            let at = lower.dropFirst(kind.rawValue.count + 1).split(separator: ",")
            guard at.count == 2, let col = Int(at[0]), let row = Int(at[1]) else {
                throw ParseError(
                    description:
                        "bad mouse event '<\(name)>': write <\(kind.rawValue.capitalized(first: true)):col,row>")
            }
            return .mouse(MouseEvent(kind, column: col, row: row))
        }
        return nil
    }

    /// The notation of a key, as the help overlay and docs/KEYS.md show it.
    public static func notation(_ key: Key) -> String {
        switch key {
        case .character(" "): return "<Space>"
        case .character("<"): return "<lt>"
        case .character(let c): return String(c)
        case .enter: return "<Enter>"
        case .escape: return "<Esc>"
        case .tab: return "<Tab>"
        case .backTab: return "<S-Tab>"
        case .backspace: return "<BS>"
        case .up: return "<Up>"
        case .down: return "<Down>"
        case .left: return "<Left>"
        case .right: return "<Right>"
        case .pageUp: return "<PageUp>"
        case .pageDown: return "<PageDown>"
        case .home: return "<Home>"
        case .end: return "<End>"
        case .function(let n): return "<F\(n)>"
        case .control(let c): return "<C-\(c)>"
        case .resize(let w, let h): return "<Resize:\(w)x\(h)>"
        case .mouse(let m): return "<\(m.kind.rawValue.capitalized(first: true)):\(m.column),\(m.row)>"
        }
    }

    public static func notation(_ keys: [Key]) -> String { keys.map(notation).joined() }
}

extension String {
    func capitalized(first: Bool) -> String { prefix(1).uppercased() + dropFirst() }
}
