import LecternCore
import LecternTestSupport
import Testing

/// An item cut in two, and two items joined: reported as a split or a merge, naming both parts.
@Suite struct SplitAndMergeTests {
    static let whole = [
        "一、加强领导",
        "一是提高思想认识，把学习贯彻会议精神作为当前的首要政治任务抓紧抓好。同时要健全工作机制，建立定期调度制度，及时研究解决工作推进中遇到的困难和问题。",
        "二是压实工作责任，各级各部门主要负责同志要亲自抓、负总责。",
    ]
    static let parts = [
        "一、加强领导",
        "一是提高思想认识，把学习贯彻会议精神作为当前的首要政治任务抓紧抓好。",
        "二是健全工作机制，建立定期调度制度，及时研究解决工作推进中遇到的困难和问题。",
        "三是压实工作责任，各级各部门主要负责同志要亲自抓、负总责。",
    ]

    func summary(_ comparison: DocumentComparison) -> [String] {
        comparison.changes.filter { $0.kind != .unchanged }.map {
            "\($0.kind.rawValue) \($0.old?.id ?? "-")→\($0.new?.id ?? "-") \($0.related?.id ?? "")"
        }
    }

    @Test func anItemCutInTwoIsASplit() {
        let comparison = DocumentComparison.compare(
            Fixtures.document(paragraphs: Self.whole), Fixtures.document(paragraphs: Self.parts))
        // The longer part keeps the item (it shares more of its text); the other is the part split off.
        #expect(
            summary(comparison) == ["split 1.1.1→1.1.1 1.1.2", "reworded 1.1.1→1.1.2 ", "renumbered 1.1.2→1.1.3 "])
    }

    @Test func twoItemsJoinedAreAMerge() {
        let comparison = DocumentComparison.compare(
            Fixtures.document(paragraphs: Self.parts), Fixtures.document(paragraphs: Self.whole))
        #expect(
            summary(comparison) == ["merged 1.1.1→1.1.1 1.1.2", "reworded 1.1.2→1.1.1 ", "renumbered 1.1.3→1.1.2 "])
        // The merged-away item has its record; the new item's record stays its match's.
        #expect(comparison.change(forOld: 1)?.kind == .merged)
        #expect(comparison.change(forNew: 1)?.kind == .reworded)
    }

    @Test func aSectionOfTwoVersionsRewrittenStaysPairedByItsPlaceAndTitle() {
        let old = Fixtures.document(paragraphs: ["一、2025年工作回顾", "过去一年，全市经济运行稳中有进。", "二、2026年主要任务", "今年要着力扩大内需。"])
        let new = Fixtures.document(paragraphs: ["一、2025年工作总结", "一年来，我们迎难而上，主要指标好于预期。", "二、2026年重点任务", "全年将重点抓好以下工作。"])
        let comparison = DocumentComparison.compare(old, new)
        #expect(summary(comparison) == ["reworded 1.1→1.1 ", "reworded 1.2→1.2 "])
    }
}
