/// What the terminal must redraw to go from the frame on it to the next: pure, so it is tested without a
/// terminal; NcursesBackend only carries it out.
struct ScreenDiff: Equatable {
    /// A cell to write, its wide character's right half included.
    struct Change: Equatable {
        let row: Int
        let column: Int
        let cell: Cell
    }

    /// True when the screen must be cleared first (no frame on it yet, or another size).
    let clearsScreen: Bool
    /// Cells to write, row by row, left to right; never a wide character's right half, which the left draws.
    let changes: [Change]
    /// Where the terminal's cursor goes afterwards; nil hides it.
    let cursor: CursorPosition?

    /// The cells of `frame` that differ from `previous` (all of them when there is no previous frame of its size).
    init(from previous: ScreenBuffer?, to frame: ScreenBuffer) {
        let comparable = previous.map { $0.width == frame.width && $0.height == frame.height } ?? false
        clearsScreen = !comparable
        var changes: [Change] = []
        for row in 0..<frame.height {
            for column in 0..<frame.width {
                let cell = frame[row, column]
                if cell.isContinuation { continue }
                if comparable, let previous, previous[row, column] == cell { continue }
                changes.append(Change(row: row, column: column, cell: cell))
            }
        }
        self.changes = changes
        cursor = frame.cursorPosition
    }

    /// True when nothing on the terminal changes.
    var isEmpty: Bool { !clearsScreen && changes.isEmpty }
}
