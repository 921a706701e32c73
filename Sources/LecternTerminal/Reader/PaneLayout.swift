/// Where the panes go at a screen size: the tree on the left (when shown and there is room), a one-column
/// border, the text, and the status line at the bottom. Below `minimum` the screen only asks to be enlarged.
struct PaneLayout: Equatable {
    static let minimumWidth = 20
    static let minimumHeight = 3
    /// Narrowest text pane; the tree gives way below it.
    static let minimumTextWidth = 24
    static let minimumTreeWidth = 12

    let width: Int
    let height: Int
    /// Columns of the tree, 0 when it is not shown.
    let treeWidth: Int

    init(width: Int, height: Int, treeVisible: Bool, preferredTreeWidth: Int) {
        self.width = width
        self.height = height
        let room = width - 1 - Self.minimumTextWidth
        let wanted = min(max(preferredTreeWidth, Self.minimumTreeWidth), max(Self.minimumTreeWidth, width / 2))
        treeWidth = treeVisible && room >= Self.minimumTreeWidth ? min(wanted, room) : 0
    }

    var isUsable: Bool { width >= Self.minimumWidth && height >= Self.minimumHeight }
    var paneHeight: Int { max(0, height - 1) }
    var statusRow: Int { height - 1 }
    /// First column of the text (after the border and a one-column margin).
    var textColumn: Int { treeWidth > 0 ? treeWidth + 2 : 1 }
    var textWidth: Int { max(1, width - textColumn - 1) }

    var treeArea: Rect { Rect(row: 0, column: 0, width: treeWidth, height: paneHeight) }
    var textArea: Rect { Rect(row: 0, column: textColumn, width: textWidth, height: paneHeight) }
    var statusArea: Rect { Rect(row: statusRow, column: 0, width: width, height: 1) }
}
