import LecternTestSupport
import Testing

@testable import LecternCore

/// How wide a line is set on a Chinese page, which decides whether it was cut at the width.
@Suite struct ReflowColumnsTests {
    func columns(_ line: String) -> Int {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            Reflow.columns(
                LineContent(lineIndex: 0, start: 0, end: buffer.count, codePointOffset: 0, in: buffer), in: buffer)
        }
    }

    @Test func chinesePunctuationThatIsAmbiguousElsewhereIsAFullCell() {
        #expect(columns("同志们") == 6)
        #expect(columns("2026年") == 6)
        // A subtitle's dashes, quotation marks, an ellipsis, a middle dot, circled numbers: two columns each.
        #expect(columns("——在会上") == 10)
        #expect(columns("“十五五”") == 10)
        #expect(columns("……①■·") == 10)
        #expect(columns("a-b") == 3)
    }

    /// A joined heading's line feed is not shown, so it does not count toward the title's 80 characters.
    @Test func aJoinedParagraphsLineFeedsDoNotShortenItsTitle() {
        let long = String(repeating: "坚持以人民为中心的发展思想", count: 7)  // 91 characters, no sentence end
        let wrapped = long.prefix(40) + "\n" + long.dropFirst(40)
        let bytes = Array(("一是" + wrapped).utf8)
        let title = bytes.withUnsafeBufferPointer { TitleExtractor.title(in: $0, 6..<$0.count) }
        #expect(title == String(long.prefix(80)) + "…")
    }
}
