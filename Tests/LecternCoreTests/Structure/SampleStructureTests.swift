import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The bundled sample's full expected structure, asserted exactly.
@Suite struct SampleStructureTests {
    let document: Document

    init() throws { document = try Fixtures.sample() }

    @Test func threeSpeechesWithTheirTitles() {
        #expect(document.speeches.count == 3)
        #expect(document.speeches[0].title == "县长在干部述职评议会议上的讲话")
        #expect(!document.speeches[0].titleInferred)
        #expect(document.speeches[1].titleInferred)
        #expect(document.speeches[1].title == "这次全市组织部长会议")
        #expect(document.speeches[2].titleInferred)
        #expect(document.speeches[2].title == "这次会议是区政府决定召开的")
        #expect(document.speeches.map(\.line) == [25, 111, 309])
    }

    @Test func sectionsPerSpeech() {
        #expect(document.speeches.map(\.topLevelNodes.count) == [5, 4, 3])
        for speech in document.speeches {
            for index in speech.topLevelNodes {
                #expect(document.nodes[index].family == .chineseEnumeration)
            }
        }
    }

    @Test func itemsPerSection() {
        func items(_ speech: Int) -> [Int] {
            document.speeches[speech - 1].topLevelNodes.map { document.nodes[$0].children.count }
        }
        #expect(items(1) == [0, 0, 0, 0, 0])
        #expect(items(2) == [4, 5, 4, 5])
        #expect(items(3) == [3, 3, 2])
        let itemCount = document.nodes.filter { $0.family.isItem }.count
        #expect(itemCount == 26)
        #expect(document.nodes.count == 38)
    }

    @Test func itemFamiliesOfTheSecondSpeech() {
        let sections = document.speeches[1].topLevelNodes.map { document.nodes[$0] }
        let families = sections.map { Set($0.children.map { document.nodes[$0].family }) }
        #expect(families == [[.shiItem], [.ordinal], [.yaoItem], [.shiItem]])
    }

    @Test func idsUseTheDocumentsOwnNumbers() throws {
        let knowing = try #require(document.node(id: "2.4.3"))
        #expect(knowing.marker == "三是")
        #expect(knowing.title == "知人善任能力")
        #expect(knowing.label == "三是知人善任能力")
        #expect(knowing.line == 265)
        let opening = try #require(document.node(id: "3.2.2"))
        #expect(opening.label == "二是要清楚掌握考评内容")
        #expect(document.node(id: "3.2.1") == nil)
        #expect(
            document.nodes.filter { $0.speech == 3 && $0.depth == 2 }.map(\.id)
                == ["3.1.1", "3.1.2", "3.1.3", "3.2.2", "3.2.3", "3.2.4", "3.3.2", "3.3.4"])
    }

    @Test func nodeCarriesPositionAndTitle() throws {
        let first = try #require(document.node(id: "2.2.1"))
        #expect(first.marker == "第一,")
        #expect(first.family == .ordinal)
        #expect(first.ordinal == 1)
        #expect(first.title == "必须围绕中心,服务大局,牢牢把握组织工作的正确方向")
        // The offset counts code points of the decoded text up to the marker.
        let text = document.text.string
        let scalars = Array(text.unicodeScalars)
        let marker = String(String.UnicodeScalarView(scalars[first.codePointOffset..<(first.codePointOffset + 3)]))
        #expect(marker == "第一,")
    }

    @Test func everyParagraphOfTheSpeechesSurvivesTheNoiseFilter() throws {
        let bytes = try Fixtures.sampleBytes()
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let dropped = Set(document.droppedLines.map(\.line))
        // Lines 25–395 hold the speeches; only the repeated title (27) may go.
        for number in 25...395 where !lines[number - 1].trimmingCharacters(in: .whitespaces).isEmpty {
            if number == 27 {
                #expect(dropped.contains(27))
                continue
            }
            #expect(!dropped.contains(number), "line \(number) dropped")
        }
        #expect(
            dropped
                == Set([
                    1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21, 23, 27,
                    397, 398, 399, 400, 402, 404, 406,
                ]))
    }

    @Test func spansCoverTheBodyOfEachRequirement() throws {
        let knowing = try #require(document.node(id: "2.4.3"))
        let paragraphs = document.paragraphs(of: knowing)
        #expect(paragraphs.first?.line == 265)
        #expect(paragraphs.last?.line == 279)
        let section = try #require(document.node(id: "2.4"))
        // The last section runs to the speech's end, its closing "同志们,…" paragraph included.
        #expect(document.paragraphs(of: section).last?.line == 307)
    }
}
