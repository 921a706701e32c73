import LecternCore
import LecternTestSupport
import Testing

@Suite struct LineScanningTests {
    @Test func paragraphsAreNonBlankLinesWithOneBasedLineNumbers() {
        let document = Fixtures.document("第一段\n\n  \n\u{3000}\u{3000}第二段\u{3000}\n最后一段")
        #expect(document.paragraphs.map(\.line) == [1, 4, 5])
        #expect(document.paragraphs.map { document.string(of: $0) } == ["第一段", "第二段", "最后一段"])
        #expect(document.lines.count == 5)
    }

    @Test func codePointOffsetsCountScalarsOutsideTheBMPOnce() {
        // 𠮷 is one code point (two UTF-16 units, four UTF-8 bytes).
        let document = Fixtures.document("𠮷𠮷\n\n一、标题\n")
        #expect(document.paragraphs[1].codePointOffset == 4)
        #expect(document.nodes.first?.codePointOffset == 4)
    }

    @Test func leadingIndentIsNotPartOfTheParagraph() {
        let document = Fixtures.document("\u{3000}\u{3000}一、端正态度\n")
        #expect(document.paragraphs[0].codePointOffset == 2)
        #expect(document.nodes.first?.marker == "一、")
    }

    @Test func aSingleTenMegabyteLineIsOneParagraph() {
        let line = String(repeating: "这是一句很长的话，", count: 400_000)
        let document = Fixtures.document(line)
        #expect(document.paragraphs.count == 1)
        #expect(document.speeches.count == 1)
        #expect(document.speeches[0].titleInferred)
        #expect(document.speeches[0].title.count <= 31)
    }

    @Test func aFinalNewlineDoesNotAddALine() {
        #expect(Fixtures.document("一\n二\n").lines.count == 2)
        #expect(Fixtures.document("一\n二").lines.count == 2)
    }

    /// A document keeps its line table: a small file of long lines keeps no room reserved for short ones (a folder
    /// holds thousands of such tables at once).
    @Test func aSmallFileKeepsNoSpareLineRoom() {
        let paragraph = String(repeating: "这是一句很长的话，", count: 40) + "。"
        let document = Fixtures.document(Array(repeating: paragraph, count: 60).joined(separator: "\n\n"))
        #expect(document.lines.count == 119)
        #expect(document.lines.capacity < 2 * document.lines.count)
    }
}
