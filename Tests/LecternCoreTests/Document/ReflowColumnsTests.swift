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

    /// The byte-level shortcut for U+3000–U+9FFF counts what the rule on scalars counts, for every scalar up to
    /// U+10FFFF (a sample of each block) and for lines mixing them.
    @Test func everyScalarCountsAsTheRuleSays() {
        func rule(_ v: UInt32) -> Int {
            let wide =
                (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0x2014 && v <= 0x201F)
                || v == 0x2026 || v == 0x00B7 || (v >= 0x2460 && v <= 0x24FF) || (v >= 0x25A0 && v <= 0x25FF)
                || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
                || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6) || v >= 0x20000
            return wide ? 2 : 1
        }
        let scalars = stride(from: 0x20, through: 0x10FFFF, by: 7).compactMap { Unicode.Scalar(UInt32($0)) }
        for scalar in scalars {
            #expect(columns(String(scalar)) == rule(scalar.value), "U+\(String(scalar.value, radix: 16))")
        }
        var random = SeededRandom(defaultSeed: 3)
        for _ in 0..<500 {
            let line = (0..<Int.random(in: 1...40, using: &random)).map { _ in scalars.randomElement(using: &random)! }
            #expect(columns(String(String.UnicodeScalarView(line))) == line.map { rule($0.value) }.reduce(0, +))
        }
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
