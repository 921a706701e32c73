/// A rectangle of the screen that a component draws in.
struct Rect: Equatable {
    let row: Int
    let column: Int
    let width: Int
    let height: Int

    /// The whole of `screen`.
    init(_ screen: ScreenBuffer) {
        self.init(row: 0, column: 0, width: screen.width, height: screen.height)
    }

    init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    var bottom: Int { row + height }
    var right: Int { column + width }

    /// A box of at most `width` × `height`, centred across this rectangle; `row` from this one's top.
    func centredBox(width boxWidth: Int, height boxHeight: Int, row offset: Int = 0) -> Rect {
        let boxWidth = min(width, boxWidth)
        return Rect(row: row + offset, column: column + (width - boxWidth) / 2, width: boxWidth, height: boxHeight)
    }
}
