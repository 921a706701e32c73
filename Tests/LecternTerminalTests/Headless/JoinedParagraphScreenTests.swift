import LecternCore
import LecternTerminal
import LecternTestSupport
import Testing

/// A paragraph joined from hard-wrapped lines reads as one: its line feeds make no glyph, and search hits and
/// item markers after them land on their own text.
@Suite struct JoinedParagraphScreenTests {
    static let wrapped =
        [
            "在全市档案工作会议上的讲话", "同志们：",
            "今天召开全市档案工作会议，主要任务是总", "结去年工作，分析当前形势，部署今年任务", "。",
            "一、过去一年的工作",
            "一年来，全市档案系统坚持围绕中心、服务", "大局，档案资源建设稳步推进，数字化转型", "取得新进展，安全管理得到加强，利用服务",
            "水平明显提高。一是资源建设稳步推进，二", "是数字转型取得进展，三是安全管理全面加", "强。",
            "二、今年的主要任务",
            "要抓好档案资源建设，推进数字档案馆建设", "，加强档案安全体系建设，提升利用服务水", "平，为全市经济社会发展提供有力支撑。",
        ].joined(separator: "\n") + "\n"

    @Test func aJoinedParagraphShowsNoLineFeedAndHitsAcrossItLandOnTheirText() throws {
        let document = Fixtures.document(Self.wrapped)
        let frame = try ScreenHarness.frame("/部署今年<Enter>", width: 120, height: 20, document: document)
        let text = ScreenHarness.textPane(frame.rows).joined()
        #expect(!text.contains("␊"))
        #expect(text.contains("主要任务是总结去年工作"))
        let hits = frame.cells.filter { $0.style.emphasis.contains(.searchHit) }.map(\.text).joined()
        #expect(hits == "部署今年")
        let markers = frame.cells.filter { $0.style.role == .itemMarker }.map(\.text).joined()
        #expect(markers == "一是二是三是")
    }
}

/// Several inline items on one line: a jump names the item asked for, not its neighbour on the line.
@Suite struct InlineItemJumpTests {
    @Test func aJumpToAnInlineItemNamesIt() throws {
        let document = Fixtures.document(paragraphs: ["同志们：", "一、工作要求", "一是抓学习。二是抓落实。三是抓作风。", "二、保障措施"])
        for id in ["1.1.1", "1.1.2", "1.1.3"] {
            let status = try ScreenHarness.status(":\(id)<Enter>", width: 100, height: 10, document: document)
            #expect(status.contains(" \(id) "), "\(id): \(status)")
        }
        // Moving on, the status names where the cursor is, no longer the item jumped to.
        let moved = try ScreenHarness.status(":1.1.1<Enter>j", width: 100, height: 10, document: document)
        #expect(!moved.contains(" 1.1.1 "), "\(moved)")
    }
}
