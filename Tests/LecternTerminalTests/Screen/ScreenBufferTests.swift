import LecternTerminal
import Testing

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverSplitAtTheEdge() {
        var screen = ScreenBuffer(width: 5, height: 1)
        let end = screen.write("中文字", style: .body, row: 0, column: 0)
        #expect(end == 4)
        #expect(screen.text(ofRow: 0) == "中文")
        #expect(screen[0, 1].isContinuation)
        #expect(screen[0, 4].text == " ")
    }

    @Test func writingRespectsTheLimitAndTheRows() {
        var screen = ScreenBuffer(width: 10, height: 2)
        screen.write("abcdefgh", style: .body, row: 1, column: 2, limit: 5)
        screen.write("outside", style: .body, row: 2, column: 0)
        screen.write("x", style: .body, row: -1, column: 0)
        #expect(screen.rows == ["", "  abc"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = ScreenBuffer(width: 6, height: 1)
        screen.write("中文", style: .body, row: 0, column: 0)
        screen.write("x", style: .body, row: 0, column: 1)
        #expect(screen.text(ofRow: 0) == " x文")
        screen.write("y", style: .body, row: 0, column: 2)
        #expect(screen.text(ofRow: 0) == " xy")
        #expect(!screen.cells.contains { $0.isContinuation })
    }

    @Test func rowsAreExactlyTheHeight() {
        #expect(ScreenBuffer(width: 3, height: 4).rows == ["", "", "", ""])
        #expect(ScreenBuffer(width: 0, height: 0).rows.isEmpty)
    }

    @Test func glyphsSanitizeControlsAndBidiOverrides() {
        let glyphs = Glyph.glyphs("a\u{1B}b\u{202E}", style: .body)
        #expect(glyphs.map(\.text).joined() == "a␛b⟨U+202E⟩")
        #expect(glyphs.allSatisfy { $0.width == 1 })
    }
}
