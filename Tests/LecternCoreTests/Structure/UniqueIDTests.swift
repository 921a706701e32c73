import LecternCore
import LecternTestSupport
import Testing

/// No two nodes share an id: second lists, nested lists and parts after the text each get their own.
@Suite struct UniqueIDTests {
    @Test func aSecondListUnderOneHeadingTakesTheLetterB() {
        let document = Fixtures.document(paragraphs: [
            "同志们：",
            "一、工作回顾",
            "去年主要做了三件事：一是完善制度，二是加强队伍，三是改进作风。",
            "今年要着重抓好两个方面：",
            "一是抓好学习。要原原本本学，联系实际学。",
            "二是抓好落实。要定责任，定时限。",
        ])
        #expect(
            document.nodeSummary.map { $0.split(separator: " ")[0] } == [
                "1.1", "1.1.1", "1.1.2", "1.1.3", "1.1.b1", "1.1.b2",
            ])
        #expect(DocumentChecker.check(document).filter { $0.severity == .warning }.isEmpty)
    }

    @Test func aListInsideAnItemOfTheSameFamilyIsItsChildren() {
        let document = Fixtures.document(paragraphs: [
            "同志们：",
            "一是提高质量。重点抓好三件事：一是备课，二是上课，三是辅导。",
            "二是改进服务。要主动上门，热情周到。",
        ])
        let ids = document.nodes.map(\.id)
        #expect(ids == ["1.1", "1.1.1", "1.1.2", "1.1.3", "1.2"])
        #expect(document.nodes[1].parent == 0)
    }

    @Test func aLeadSentenceStartsAListBesideThePreviousOne() {
        let document = Fixtures.document(paragraphs: [
            "同志们：",
            "一是成绩显著。各项指标全面完成。",
            "二是亮点纷呈。创新举措不断涌现。",
            "下一步，要进一步强化以下两种意识：",
            "一要强化责任意识。",
            "二要强化服务意识。",
        ])
        #expect(document.nodes.allSatisfy { $0.parent == nil })
        #expect(document.nodes.map(\.id) == ["1.1", "1.2", "1.b1", "1.b2"])
        #expect(DocumentChecker.check(document).filter { $0.severity == .warning }.isEmpty)
    }

    @Test func aPartAfterTheTextNumbersItsItemsAfresh() {
        let document = Fixtures.document(paragraphs: [
            "各位代表：",
            "一、主要工作", "过去一年，我们扎实推进各项工作。",
            "二、今年安排", "今年要办好十件实事。",
            "各位代表，让我们携手奋进！",
            "附件", "2024年民生实事项目",
            "1.新增城镇就业一万人。", "2.改造老旧小区三十个。",
        ])
        #expect(document.nodeSummary.map { $0.split(separator: " ")[0] } == ["1.1", "1.2", "1.A1", "1.A1.1", "1.A1.2"])
        #expect(document.nodes[2].family == .appendix)
        #expect(DocumentChecker.check(document).filter { $0.severity == .warning }.isEmpty)
    }

    /// Numbers past 63 and repeats of them stay unique too (they are kept apart from the common small numbers).
    @Test func longListsAndTheirRepeatsAreUnique() {
        let items = (1...70).map { "\($0).第\($0)项工作要落实。" } + ["1.再补充一项工作。", "2.还有一项工作。", "65.重复的编号。"]
        let document = Fixtures.document(paragraphs: ["同志们："] + items)
        let ids = document.nodes.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids[64] == "1.65" && ids[69] == "1.70")
        #expect(ids.suffix(3) == ["1.b1", "1.b2", "1.b65"])
    }

    @Test func typedIDsAreReadAsTheOutlinePrintsThem() {
        #expect(NodeID.normalized("2.04.B3") == "2.4.b3")
        #expect(NodeID.normalized("1.a1.2") == "1.A1.2")
        #expect(NodeID.normalized("2.4.3") == "2.4.3")
        #expect(NodeID.normalized("2..3") == nil)
        #expect(NodeID.normalized("x") == nil)
    }

    @Test func theSamplesIdsAreUnchangedAndUnique() throws {
        let document = try Fixtures.sample()
        #expect(Set(document.nodes.map(\.id)).count == document.nodes.count)
        #expect(document.node(id: "2.4.3")?.label == "三是知人善任能力")
    }
}
