import LecternTestSupport
import Testing

@testable import LecternCore

/// The outline written in groups of speeches rendered side by side, or streamed when a speech is too big for a
/// group: the same bytes, whatever the grouping.
@Suite struct OutlineTextTests {
    func outline(_ document: Document, depth: Int? = nil, linesEach: Int, workers: Int) -> [UInt8] {
        var sink = UTF8ArraySink()
        OutlineText.writeOutline(document, depth: depth, to: &sink, linesEach: linesEach, workers: workers)
        return sink.bytes
    }

    @Test(arguments: [(1, 2), (3, 2), (7, 3), (40, 2), (10_000, 2)])
    func sameBytesForAnyGrouping(linesEach: Int, workers: Int) throws {
        let document = DocumentParser.parse(try TextDecoder.decode(try Fixtures.repeatedSampleBytes(6)), path: "x")
        let one = outline(document, linesEach: 1 << 30, workers: 1)
        #expect(document.speeches.count == 18)
        #expect(outline(document, linesEach: linesEach, workers: workers) == one)
        #expect(
            outline(document, depth: 1, linesEach: linesEach, workers: workers)
                == outline(document, depth: 1, linesEach: 1 << 30, workers: 1))
        #expect(OutlineText.outlineUTF8(document) == one)
    }

    @Test func aSpeechTooBigForAGroupIsStreamedWithTheSameBytes() throws {
        // One speech of many requirements among small ones: with groups of 4 lines it is far over the cap.
        var text = "关于加强学习的讲话\n\n同志们：\n\n"
        for n in 1...60 { text += "\(n).第\(n)项要求要落实到位。\n\n" }
        text += "关于另一件事的讲话\n\n同志们：\n\n一、要求\n\n"
        let document = Fixtures.document(text)
        let one = outline(document, linesEach: 1 << 30, workers: 1)
        #expect(document.nodes.count > 60)
        #expect(outline(document, linesEach: 4, workers: 2) == one)
        #expect(outline(document, linesEach: 1, workers: 3) == one)
    }

    @Test func anEmptyDocumentHasItsHeadLineOnly() {
        let document = Fixtures.document("")
        #expect(String(decoding: outline(document, linesEach: 2, workers: 2), as: UTF8.self) == "test.txt (UTF-8)\n")
    }
}
