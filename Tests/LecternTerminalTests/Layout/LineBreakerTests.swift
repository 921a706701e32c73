import LecternCore
import LecternTerminal
import LecternTestSupport
import Testing

@Suite struct LineBreakerTests {
    func wrap(_ text: String, _ width: Int) -> [String] {
        LineBreaker.lines(Glyph.glyphs(text, style: .body), width: width).map { $0.map(\.text).joined() }
    }

    @Test func wrapsByDisplayWidth() {
        #expect(wrap("一二三四五六七", 6) == ["一二三", "四五六", "七"])
        #expect(wrap("一二三四五", 5) == ["一二", "三四", "五"])
        #expect(wrap("ab一二", 3) == ["ab", "一", "二"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        // 。 would start the second line: the character before it moves down with it.
        #expect(wrap("一二三。四", 6) == ["一二", "三。四"])
        #expect(wrap("一二三。”四", 6) == ["一二", "三。”", "四"])
        #expect(wrap("一二三，四五", 6) == ["一二", "三，四", "五"])
    }

    @Test func openingPunctuationNeverEndsALine() {
        #expect(wrap("一二《三》", 6) == ["一二", "《三》"])
        #expect(wrap("一“二三”", 6) == ["一“二", "三”"])
        #expect(wrap("一二“三”", 6) == ["一二", "“三”"])
    }

    @Test func latinWordsStayWhole() {
        #expect(wrap("see the numbered items", 10) == ["see the ", "numbered ", "items"])
    }

    @Test func aWideCharacterWiderThanTheLineBecomesAQuestionMark() {
        #expect(wrap("中文", 1) == ["?", "?"])
        #expect(wrap("", 5) == [""])
    }

    /// Every paragraph of the sample at many widths: lines fit, nothing is lost, and the rules hold.
    @Test func sampleParagraphsKeepTheRulesAtEveryWidth() throws {
        let document = try Fixtures.sample()
        for width in [2, 3, 7, 10, 23, 40, 61, 80] {
            for paragraph in document.paragraphs {
                let glyphs = Glyph.glyphs(document.string(of: paragraph), style: .body)
                let lines = LineBreaker.lines(glyphs, width: width)
                // Nothing is lost but the spaces a wrap drops at the start of a line.
                let joined = lines.map { $0.map(\.text).joined() }.joined()
                #expect(joined.filter { $0 != " " } == glyphs.map(\.text).joined().filter { $0 != " " } || width < 2)
                for (i, line) in lines.enumerated() {
                    #expect(line.displayWidth <= width)
                    if width >= 6, i > 0, let first = line.first {
                        #expect(!LineBreakRules.closing.contains(first.text), "line starts with \(first.text)")
                    }
                    if width >= 6, i < lines.count - 1, let last = line.last {
                        #expect(!LineBreakRules.opening.contains(last.text), "line ends with \(last.text)")
                    }
                }
            }
        }
    }
}
