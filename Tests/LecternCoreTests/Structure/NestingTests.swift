import LecternCore
import LecternTestSupport
import Testing

@Suite struct NestingTests {
    @Test func standardHierarchyNestsByOrderOfAppearance() {
        let document = Fixtures.document(paragraphs: [
            "同志们：", "一、总体要求", "（一）指导思想", "1. 坚持原则", "（1）第一点内容", "（2）第二点内容", "2. 统筹兼顾",
            "（二）基本目标", "二、主要任务",
        ])
        #expect(
            document.nodes.map(\.id) == [
                "1.1", "1.1.1", "1.1.1.1", "1.1.1.1.1", "1.1.1.1.2", "1.1.1.2", "1.1.2", "1.2",
            ])
    }

    @Test func skippedLevelsAndFamiliesAtUnusualDepths() {
        let document = Fixtures.document(paragraphs: [
            "同志们：", "一、加强领导", "1. 健全机制", "2. 落实责任", "二、狠抓落实", "（一）强化督查", "1. 定期检查",
        ])
        #expect(
            document.nodeSummary == [
                "1.1 一、加强领导", "1.1.1 1.健全机制", "1.1.2 2.落实责任", "1.2 二、狠抓落实",
                "1.2.1 （一）强化督查", "1.2.1.1 1.定期检查",
            ])
    }

    @Test func aHeadingClosesOpenItems() {
        let document = Fixtures.document(paragraphs: [
            "同志们：", "一、第一部分", "一是要提高认识。", "二是要加强领导。", "（一）具体措施", "二、第二部分", "一要抓落实。",
        ])
        // （一） starts a second list under 一、 (after 一是, 二是): its id takes the letter b, unique.
        #expect(document.nodes.map(\.id) == ["1.1", "1.1.1", "1.1.2", "1.1.b1", "1.2", "1.2.1"])
        #expect(document.nodes[3].family == .chineseParenthesized)
        #expect(document.nodes[3].parent == 0)
    }

    @Test func itemsOfAnotherFamilyNestUnderTheFirst() {
        let document = Fixtures.document(paragraphs: [
            "同志们：", "第一，必须围绕中心。", "一是要服务大局。", "二是要突出重点。", "第二，必须紧扣主线。",
        ])
        #expect(document.nodes.map(\.id) == ["1.1", "1.1.1", "1.1.2", "1.2"])
    }

    @Test func inlineItemsAreRequirementsWithTheirPositionInTheParagraph() throws {
        let text = "今年要抓好三项工作：一是着力补短板。重点是基础设施。二是全力促均衡。三是加快促发展。"
        let document = Fixtures.document(paragraphs: ["同志们：", "一、主要任务", text])
        #expect(document.nodeSummary == ["1.1 一、主要任务", "1.1.1 一是着力补短板", "1.1.2 二是全力促均衡", "1.1.3 三是加快促发展"])
        let second = try #require(document.node(id: "1.1.2"))
        #expect(second.isInline)
        let paragraph = document.paragraphs[second.paragraphIndex]
        let offsetInParagraph = second.codePointOffset - paragraph.codePointOffset
        #expect(Array(text.unicodeScalars)[offsetInParagraph] == "二")
        #expect(document.string(bytes: second.byteRange) == "二是全力促均衡。")
    }

    @Test func inlineOrdinalItems() {
        let document = Fixtures.document(paragraphs: ["同志们：", "一、要学习", "学习要抓住重点：第一，读原文；第二，悟原理。"])
        #expect(document.nodeSummary == ["1.1 一、要学习", "1.1.1 第一，读原文", "1.1.2 第二，悟原理"])
        let prose = Fixtures.document(paragraphs: ["同志们：", "一、要学习", "这是第一，也是唯一的一次。"])
        #expect(prose.nodes.count == 1)
    }

    @Test func leadingItemContinuedInsideItsParagraph() {
        let document = Fixtures.document(paragraphs: ["同志们：", "一、任务", "一是补短板，二是促均衡，三是强弱项。", "四是抓落实。"])
        #expect(document.nodes.map(\.id) == ["1.1", "1.1.1", "1.1.2", "1.1.3", "1.1.4"])
    }

    @Test func loneInlineCandidatesAreProse() {
        let document = Fixtures.document(paragraphs: ["同志们：", "一、任务", "思想统一是前提，一要坚持下去。", "他说，二是不对的。"])
        #expect(document.nodes.map(\.id) == ["1.1"])
    }

    @Test func anInlinePreviewBeforeTheFirstHeadingIsNotNumbered() {
        let document = Fixtures.document(paragraphs: [
            "同志们：", "下面，我讲三方面内容，一是形势；二是任务；三是措施。", "一、形势", "二、任务", "三、措施",
        ])
        #expect(document.nodes.map(\.id) == ["1.1", "1.2", "1.3"])
    }
}
