import LecternTerminal
import Testing

@Suite struct DisplayWidthTests {
    @Test func cjkIsTwoColumnsAndAsciiOne() {
        #expect(TerminalLocale.isUTF8)
        #expect(DisplayWidth.of(Character("中")) == 2)
        #expect(DisplayWidth.of(Character("，")) == 2)
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of("三是知人善任能力。") == 18)
        #expect(DisplayWidth.of("2.4.3 能力") == 10)
    }

    @Test func combiningMarksAddNothing() {
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    }

    @Test func controlCharactersAreNotPrintable() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)!) == nil)
        #expect(EastAsianWidth.columns(of: Unicode.Scalar(0x07)!) == nil)
    }

    /// The fallback table agrees with the C library on the characters Chinese documents use.
    @Test func fallbackTableAgreesWithWcwidth() {
        let sample = "县长在干部述职评议会议上的讲话，。、；：！？（）《》「」“”abcABC123 ．－ＡＢ"
        for scalar in sample.unicodeScalars {
            #expect(
                EastAsianWidth.columns(of: scalar) == DisplayWidth.of(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }
}
