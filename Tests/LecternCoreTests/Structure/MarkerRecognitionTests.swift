import LecternCore
import LecternTestSupport
import Testing

@Suite struct MarkerRecognitionTests {
    /// Family and ordinal of the node a single paragraph becomes, if any.
    func marker(_ paragraph: String) -> (MarkerFamily, Int, String)? {
        let document = Fixtures.document(paragraphs: ["同志们：", paragraph])
        return document.nodes.first.map { ($0.family, $0.ordinal, $0.marker) }
    }

    @Test(arguments: [
        ("一、端正态度", MarkerFamily.chineseEnumeration, 1, "一、"), ("十一、加强领导", .chineseEnumeration, 11, "十一、"),
        ("二十、其他", .chineseEnumeration, 20, "二十、"), ("（一）总体要求", .chineseParenthesized, 1, "（一）"),
        ("(三)工作措施", .chineseParenthesized, 3, "(三)"), ("1. 提高认识", .arabic, 1, "1."), ("2．明确责任", .arabic, 2, "2．"),
        ("3、狠抓落实", .arabic, 3, "3、"), ("1、2018年工作回顾", .arabic, 1, "1、"), ("（1）组织领导", .arabicParenthesized, 1, "（1）"),
        ("(12)经费保障", .arabicParenthesized, 12, "(12)"), ("②加强督查", .circled, 2, "②"),
        ("第一，必须围绕中心。", .ordinal, 1, "第一，"), ("第二,必须紧扣主线。", .ordinal, 2, "第二,"),
        ("第十二条 本办法自发布之日起施行。", .article, 12, "第十二条"), ("一是深化了认识。", .shiItem, 1, "一是"),
        ("三要确保质量。", .yaoItem, 3, "三要"),
    ])
    func recognizesEachFamily(text: String, family: MarkerFamily, ordinal: Int, written: String) throws {
        let found = try #require(marker(text))
        #expect(found.0 == family)
        #expect(found.1 == ordinal)
        #expect(found.2 == written)
    }

    @Test(arguments: [
        "2.5", "2018年是极不平凡的一年。", "1.5倍的增长超出预期。", "一、", "（一）", "第一阶段的学习就要结束了。",
        "一方面要靠自觉。", "统一是前提。", "十六届四中全会提出了新要求。", "1.", "3.14159",
    ])
    func markerWithoutHeadingTextIsBody(text: String) {
        #expect(marker(text) == nil)
    }

    @Test func itemTitleIsTheFirstSentence() throws {
        let document = Fixtures.document(paragraphs: ["同志们：", "一是深化了认识。进一步认识到重要性。"])
        let node = try #require(document.nodes.first)
        #expect(node.title == "深化了认识")
        #expect(node.label == "一是深化了认识")
    }

    @Test func sequenceWordsCountOnlyAsASequence() {
        let sequence = Fixtures.document(paragraphs: ["同志们：", "首先，要提高认识。", "其次，要加强领导。", "最后，要狠抓落实。"])
        #expect(sequence.nodeSummary == ["1.1 首先，要提高认识", "1.2 其次，要加强领导", "1.3 最后，要狠抓落实"])
        let alone = Fixtures.document(paragraphs: ["同志们：", "首先，我代表市委表示感谢。", "会议很成功。", "最后，祝大家新年快乐！"])
        #expect(alone.nodes.isEmpty)
    }
}
