/// The frame the application draws: rows of styled cells, read by the ncurses backend and by tests.
/// Writing never goes outside the buffer and never leaves half of a wide character on screen.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's own cursor should be (text being typed, so an input method's window opens there);
    /// nil keeps it hidden.
    public var cursorPosition: CursorPosition?

    public init(width: Int, height: Int, style: Style = .body) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes glyphs from `column`, stopping before `limit` (exclusive, default the right edge). A wide glyph that
    /// does not fit whole is not drawn. Returns the column after the last glyph written.
    @discardableResult
    public mutating func write(_ glyphs: [Glyph], row: Int, column: Int, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard row >= 0, row < height else { return column }
        var x = max(0, column)
        for glyph in glyphs {
            guard x + glyph.width <= end else { break }
            put(glyph, row: row, column: x)
            x += glyph.width
        }
        return x
    }

    @discardableResult
    public mutating func write(_ text: String, style: Style, row: Int, column: Int, limit: Int? = nil) -> Int {
        write(Glyph.glyphs(text, style: style), row: row, column: column, limit: limit)
    }

    /// Fills columns `range` of `row` with blanks in `style`.
    public mutating func fill(row: Int, columns range: Range<Int>, style: Style) {
        guard row >= 0, row < height else { return }
        for x in max(0, range.lowerBound)..<min(width, max(range.upperBound, 0)) where x >= 0 {
            put(Glyph(" ", width: 1, style: style), row: row, column: x)
        }
    }

    /// Changes the style of the cells in `range` of `row`, keeping their text.
    public mutating func restyle(row: Int, columns range: Range<Int>, _ change: (inout Style) -> Void) {
        guard row >= 0, row < height else { return }
        for x in max(0, range.lowerBound)..<min(width, max(range.upperBound, 0)) {
            change(&cells[row * width + x].style)
        }
    }

    private mutating func put(_ glyph: Glyph, row: Int, column x: Int) {
        let base = row * width
        // Overwriting either half of a wide character blanks its other half.
        if cells[base + x].isContinuation, x > 0 { cells[base + x - 1] = .blank(cells[base + x - 1].style) }
        if glyph.width == 1, x + 1 < width, cells[base + x + 1].isContinuation {
            cells[base + x + 1] = .blank(cells[base + x + 1].style)
        }
        cells[base + x] = Cell(glyph.text, width: glyph.width, style: glyph.style)
        if glyph.width == 2 {
            if x + 2 < width, cells[base + x + 2].isContinuation {
                cells[base + x + 2] = .blank(cells[base + x + 2].style)
            }
            cells[base + x + 1] = .continuation(glyph.style)
        }
    }

    /// The text of one row, trailing blanks removed.
    public func text(ofRow row: Int) -> String {
        var out = ""
        for x in 0..<width { out += self[row, x].text }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Every row as plain text: exactly `height` lines, each at most `width` columns.
    public var rows: [String] { (0..<height).map(text(ofRow:)) }
}

/// A cell of the screen.
public struct CursorPosition: Equatable, Sendable {
    public let row: Int
    public let column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
