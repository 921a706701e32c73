/// One input event, from the terminal or from headless key notation.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter, escape, tab, backTab, backspace
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    /// Control plus a lower-case letter (Ctrl-I is Tab and Ctrl-M is Enter on a terminal).
    case control(Character)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

public struct MouseEvent: Hashable, Sendable {
    /// A click is a press and release in one place; a press and a release apart are a drag.
    public enum Kind: String, Hashable, Sendable { case click, scrollUp, scrollDown, press, release }
    public let kind: Kind
    public let column: Int
    public let row: Int

    public init(_ kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}
