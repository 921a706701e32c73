/// One terminal column: a grapheme cluster, the columns it takes and its style. A wide cluster occupies two
/// cells: the cluster itself (width 2) and a continuation cell (width 0, empty text).
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(_ text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static func blank(_ style: Style = .body) -> Cell { Cell(" ", width: 1, style: style) }
    public static func continuation(_ style: Style) -> Cell { Cell("", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
