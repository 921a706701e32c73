import Testing

@testable import LecternTerminal

/// What the ncurses backend redraws between two frames.
@Suite struct ScreenDiffTests {
    private func frame(_ rows: [String], width: Int = 6) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: rows.count)
        for (row, text) in rows.enumerated() { screen.write(text, style: .body, row: row, column: 0) }
        return screen
    }

    private func written(_ diff: ScreenDiff) -> [String] {
        diff.changes.map { "\($0.row),\($0.column) \($0.cell.text)" }
    }

    @Test func theFirstFrameClearsAndWritesEveryCellButRightHalves() {
        let diff = ScreenDiff(from: nil, to: frame(["中a"], width: 4))
        #expect(diff.clearsScreen)
        #expect(written(diff) == ["0,0 中", "0,2 a", "0,3  "])
    }

    @Test func anUnchangedFrameWritesNothing() {
        let diff = ScreenDiff(from: frame(["abc", "中文"]), to: frame(["abc", "中文"]))
        #expect(diff.isEmpty)
    }

    @Test func onlyChangedCellsAreWritten() {
        let diff = ScreenDiff(from: frame(["abc", "def"]), to: frame(["abc", "dxf"]))
        #expect(!diff.clearsScreen)
        #expect(written(diff) == ["1,1 x"])
    }

    @Test func aWideCharacterReplacedByNarrowOnesWritesBoth() {
        #expect(written(ScreenDiff(from: frame(["中"]), to: frame(["ab"]))) == ["0,0 a", "0,1 b"])
        // The other way: the wide character's left half covers the right column on the terminal.
        #expect(written(ScreenDiff(from: frame(["ab"]), to: frame(["中"]))) == ["0,0 中"])
    }

    @Test func aStyleChangeAloneIsWritten() {
        var styled = frame(["abc"])
        styled.restyle(row: 0, columns: 1..<2) { $0.emphasis.insert(.cursor) }
        #expect(written(ScreenDiff(from: frame(["abc"]), to: styled)) == ["0,1 b"])
    }

    @Test func anotherSizeClearsAndRedrawsEverything() {
        let diff = ScreenDiff(from: frame(["abc"], width: 6), to: frame(["abc"], width: 5))
        #expect(diff.clearsScreen)
        #expect(diff.changes.count == 5)
    }

    @Test func theCursorFollowsTheFrame() {
        var typing = frame(["/abc"])
        typing.cursorPosition = CursorPosition(row: 0, column: 4)
        #expect(ScreenDiff(from: frame(["/abc"]), to: typing).cursor == CursorPosition(row: 0, column: 4))
        #expect(ScreenDiff(from: typing, to: frame(["/abc"])).cursor == nil)
    }
}
