import Testing

@testable import LecternCore

/// The first and last characters a line's content carries from the scan, which the noise filter, reflow and the
/// marker pass read instead of the text.
@Suite struct LineContentEdgesTests {
    func contents(_ text: String, workers: Int = 1) -> [LineContent] {
        Array(text.utf8).withUnsafeBufferPointer { LineScanner.scan($0, workers: workers).contents }
    }

    func edges(_ content: LineContent) -> String {
        String(String.UnicodeScalarView([content.firstScalar, content.lastScalar].compactMap(Unicode.Scalar.init)))
    }

    @Test func edgesAreTheTrimmedContentsFirstAndLastCharactersFolded() {
        let found = contents("\u{3000}\u{3000}（一）总体要求。  \n\n  a\n第一段！\u{3000}\n𠮷在𠮷\n")
        // （ and ！ fold to ( and !, as the recognizers compare them.
        #expect(found.map(edges) == ["(。", "aa", "第!", "𠮷𠮷"])
    }

    @Test func edgesMatchTheBytesForEveryLineWhateverTheSplit() {
        var text = ""
        for k in 0..<500 { text += k % 7 == 0 ? "\n" : " 第\(k)行，“引号”内容\(k % 3 == 0 ? "。" : "：")\u{3000}\n" }
        let bytes = Array(text.utf8)
        for workers in [1, 2, 3] {
            let found = contents(text, workers: workers)
            #expect(found.count == 428)
            bytes.withUnsafeBufferPointer { buffer in
                for content in found {
                    let fresh = LineContent(
                        lineIndex: 0, start: content.start, end: content.end, codePointOffset: 0, in: buffer)
                    #expect(content.firstScalar == fresh.firstScalar && content.lastScalar == fresh.lastScalar)
                }
            }
        }
    }

    @Test func aJoinedParagraphEndsAsItsLastLine() {
        let found = contents("（\n三）改革开放。\n")
        let joined = Array("（\n三）改革开放。\n".utf8).withUnsafeBufferPointer {
            Reflow.joinDanglingOpeners(found, lines: LineScanner.scan($0, workers: 1).lines, in: $0)
        }
        #expect(joined.count == 1)
        #expect(edges(joined[0]) == "(。")
    }
}
