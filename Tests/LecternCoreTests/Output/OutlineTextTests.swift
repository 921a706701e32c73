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

    /// Pieces go to the sink as already safe (`writeSafe`): control and escape characters in titles, markers and
    /// speech titles must come out as placeholders in every piece, whichever way the outline is grouped.
    @Test(arguments: [(1 << 30, 1), (2, 2), (3, 3)])
    func everyPieceIsTerminalSafeAsBuilt(linesEach: Int, workers: Int) {
        struct CheckingSink: UTF8Sink {
            var safePieces = 0
            var unsafeSafePieces = 0
            mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {}
            mutating func writeSafe(_ bytes: UnsafeBufferPointer<UInt8>) {
                safePieces += 1
                if TerminalSafeText.mayNeedPlaceholders(bytes, keepingLineFeeds: true, keepingTabs: true) {
                    unsafeSafePieces += 1
                }
            }
        }
        var text = ""
        for n in 1...6 {
            text += "第\(n)次会议\u{1B}[31m上的讲话\n\n同志们：\n\n一、加强\u{07}学习\u{9B}2J\n\n"
            text += "二、落实\t责任\u{1B}]0;x\u{07}\n\n（一）\u{08}压实责任\n\n1.\u{1B}c重启\n\n"
        }
        let document = Fixtures.document(text)
        #expect(document.nodes.count >= 24)
        var sink = CheckingSink()
        OutlineText.writeOutline(document, depth: nil, to: &sink, linesEach: linesEach, workers: workers)
        #expect(sink.safePieces > 0)
        #expect(sink.unsafeSafePieces == 0)
    }

    @Test func anEmptyDocumentHasItsHeadLineOnly() {
        let document = Fixtures.document("")
        #expect(String(decoding: outline(document, linesEach: 2, workers: 2), as: UTF8.self) == "test.txt (UTF-8)\n")
    }
}
