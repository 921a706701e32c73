import LecternCore
import LecternTestSupport
import Testing

@Suite struct NoiseClassifierTests {
    func dropped(_ line: String) -> NoiseRule? {
        let document = Fixtures.document(paragraphs: ["正文第一段。", line, "正文第二段。"])
        return document.droppedLines.first?.rule
    }

    @Test(arguments: [
        ("第3页 / 共11页", NoiseRule.pageMarker), ("县长讲话.docx_第2页", .pageMarker), ("第 12 页", .pageMarker),
        ("共11页", .pageMarker), ("- 3 -", .pageMarker), ("Page 2 of 9", .pageMarker),
        ("县长在干部述职评议会议上的讲话.docx", .fileName), ("工作报告.pdf", .fileName),
        ("上传人:b****2 文档编号:23015383 上传时间:2023-04-30 格式:DOCX", .uploadMetadata),
        ("下载 相关 举报", .toolbar), ("点击查看更多>>", .toolbar), ("展开阅读全文", .toolbar), ("上一篇 下一篇", .toolbar),
        ("【打印】 【关闭】", .toolbar), ("【字号：大 中 小】", .toolbar),
        ("打印本页/关闭窗口/返回顶部/加入收藏", .toolbar), ("打印本页｜关闭窗口｜返回顶部｜加入收藏", .toolbar),
        ("《讲话.docx》由会员分享,可在线阅读,更多相关《讲话.docx》请在冰豆网上搜索。", .siteBoilerplate),
        ("扫一扫在手机打开当前页", .siteBoilerplate),
        ("当前位置:首页 > IT计算机 > 电脑基础知识", .breadcrumb), ("您现在的位置：首页 > 政务公开", .breadcrumb),
        ("copyright@ 2008-2022 冰豆网网站版权所有", .legal), ("经营许可证编号:鄂ICP备2022015515号-1", .legal),
        ("京公网安备11010502030143号", .legal),
    ])
    func dropsChrome(line: String, rule: NoiseRule) {
        #expect(dropped(line) == rule)
    }

    @Test(arguments: [
        "二、在工作上要周密安排", "第一,必须围绕中心,服务大局,牢牢把握组织工作的正确方向。", "同志们:", "一是深化了认识。",
        "温总理多次指出:", "“只有人民监督政府,政府才不会懈怠”。", "第一阶段的学习就要结束了。", "2018年考评工作",
        "要严格审核食品经营许可证", "下载和使用要规范。", "中", "相关工作要抓紧", "首页设计要简洁", "第3页的表格有误。",
        "当前位置很重要", "版权所有", "2.5",
    ])
    func keepsRealText(line: String) {
        #expect(dropped(line) == nil)
    }

    @Test func aRepeatedTitleStaysOnce() {
        let document = Fixtures.document(paragraphs: ["某某在会议上的讲话", "某某在会议上的讲话", "同志们：", "今天开会。"])
        #expect(document.droppedLines.map(\.rule) == [.repeatedTitle])
        #expect(document.speeches[0].title == "某某在会议上的讲话")
    }

    @Test func aDocumentOfOnlyChromeHasNoSpeeches() {
        let document = Fixtures.document(paragraphs: ["下载 相关 举报", "第1页 / 共2页", "展开阅读全文"])
        #expect(document.paragraphs.isEmpty)
        #expect(document.speeches.isEmpty)
        #expect(document.droppedLines.count == 3)
    }
}
