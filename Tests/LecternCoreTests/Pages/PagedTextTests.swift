import LecternCore
import LecternTestSupport
import Testing

/// Text extracted from a printed document, pages ended by form feeds as pdftotext writes them: furniture out and
/// kept for `text --raw` and `check`, pages kept, paragraphs joined across page breaks. Texts written for these tests.
@Suite struct PagedTextTests {
    /// Three pages of a notice set 20 characters to a line: a running head on pages 2 and 3, page numbers at the
    /// foot in the official form, and a paragraph cut by each page break.
    static let pages = [
        [
            "关于做好档案安全工作的通知",
            "各单位：",
            "为切实做好今年档案安全工作，防范化解各类风",
            "险隐患，推动全市档案事业安全发展，经研究决",
            "定，现将有关事项通知如下。",
            "一、提高思想认识",
            "档案安全是档案工作的底线，各单位要把档案安",
            "全工作摆上重要位置，主要负责同志要亲自过问",
            "",
            "— 1 —",
            "",
        ],
        [
            "档案安全工作通知",
            "，分管负责同志要具体抓，确保各项措施落到实",
            "处。",
            "二、开展隐患排查",
            "各单位要对库房、设备和数字档案系统开展一次",
            "全面排查，建立问题清单，明确整改时限和责任",
            "",
            "— 2 —",
            "",
        ],
        [
            "档案安全工作通知",
            "人，逐项销号。",
            "三、加强应急管理",
            "各单位要完善应急预案，定期组织演练，提高应",
            "对突发事件的能力，发生险情要第一时间报告，",
            "不得迟报、漏报、瞒报。",
            "",
            "— 3 —",
            "",
        ],
    ]

    static var extracted: String { pages.map { $0.joined(separator: "\n") }.joined(separator: "\u{C}") + "\u{C}" }

    @Test func furnitureIsTakenOutAndPagesAreKept() {
        let text = PagedText.assemble(Self.extracted, encoding: .pdf, extractor: "pdftotext 22.12.0")
        let layout = try! #require(text.pages)
        #expect(layout.pageCount == 3)
        #expect(!text.string.contains("— 2 —") && !text.string.contains("档案安全工作通知\n"))
        #expect(layout.removed.map(\.text) == ["— 1 —", "档案安全工作通知", "— 2 —", "档案安全工作通知", "— 3 —"])
        #expect(layout.removed.map(\.rule) == [.pageNumber, .runningHead, .pageNumber, .runningHead, .pageNumber])
        #expect(layout.removed.map(\.page) == [1, 2, 2, 3, 3])
        // Page 2 begins with the line that continues page 1's last paragraph.
        let lines = text.string.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[layout.firstLines[1] - 1] == "，分管负责同志要具体抓，确保各项措施落到实")
        #expect(layout.page(ofLine: 1) == 1 && layout.page(ofLine: layout.firstLines[2]) == 3)
        #expect(text.extractor == "pdftotext 22.12.0")
    }

    @Test func paragraphsRunOnAcrossPageBreaks() {
        let document = Fixtures.document(PagedText.assemble(Self.extracted, encoding: .pdf, extractor: nil))
        let reading = document.paragraphs.map { document.readingString(of: $0) }
        #expect(
            reading.contains(
                "档案安全是档案工作的底线，各单位要把档案安全工作摆上重要位置，主要负责同志要亲自过问，"
                    + "分管负责同志要具体抓，确保各项措施落到实处。"))
        #expect(reading.contains("各单位要对库房、设备和数字档案系统开展一次全面排查，建立问题清单，明确整改时限和责任人，逐项销号。"))
        #expect(document.nodes.map(\.id) == ["1.1", "1.2", "1.3"])
        #expect(document.speeches.first?.title == "关于做好档案安全工作的通知")
        // Each node knows its page; the one after the second break is on page 3.
        #expect(document.nodes.map { document.page(ofLine: $0.line) } == [1, 2, 3])
    }

    @Test func rawTextAndCheckShowTheFurnitureWithItsPage() {
        let document = Fixtures.document(PagedText.assemble(Self.extracted, encoding: .pdf, extractor: nil))
        let raw = OutlineText.rawText(document)
        #expect(raw.contains("    p2 ✗ — 2 —    ⟨dropped: page-number⟩"))
        #expect(raw.contains("    p3 ✗ 档案安全工作通知    ⟨dropped: running-head⟩"))
        // Where they stood: a foot's number after its page's last line (the blank line above it not counted), a
        // head before the page's first.
        let rows = raw.split(separator: "\n").map(String.init)
        let foot = try! #require(rows.firstIndex { $0.contains("— 2 —") })
        #expect(rows[foot - 1].hasSuffix("全面排查，建立问题清单，明确整改时限和责任"))
        #expect(rows[foot + 1].contains("p3 ✗ 档案安全工作通知") && rows[foot + 2].hasSuffix("人，逐项销号。"))
        let messages = DocumentChecker.check(document).map(\.message)
        #expect(messages.contains("dropped page number (page 2): — 2 —"))
        #expect(messages.contains("dropped running head or foot (page 3): 档案安全工作通知"))
        #expect(!messages.contains { $0.contains("warning") })
    }

    @Test func pageNumbersInTheirPrintedForms() {
        // With their marks, a number is one wherever it stands at an edge.
        for form in ["— 3 —", "-3-", "- 3 -", "－3－", "第3页", "第 3 页 共 12 页", "第3页/共12页", "Page 3 of 12"] {
            let text = PagedText.assemble(
                ["第一页的正文内容。", "第二页的正文内容。", "第三页的正文内容。\n\(form)"]
                    .joined(separator: "\u{C}"), encoding: .pdf, extractor: nil)
            #expect(text.pages?.removed.map(\.text) == [form], "\(form)")
        }
        // Bare, only where the pages' numbers keep one distance from their places (here a cover comes first).
        for (form, total) in [("%d", ""), ("%d/", "4")] {
            let pages = ["封面"] + (1...3).map { "第\($0)部分的正文内容。\n" + String(format: form, $0) + total }
            let text = PagedText.assemble(pages.joined(separator: "\u{C}"), encoding: .pdf, extractor: nil)
            #expect(text.pages?.removed.map(\.text) == (1...3).map { String(format: form, $0) + total }, "\(form)")
        }
        // A number that cannot be this page's, a lone bare number, or a word stays.
        for kept in ["2024", "3", "第一页"] {
            let text = PagedText.assemble("第一页的正文。\u{C}第二页的正文。\u{C}第三页的正文。\n\(kept)", encoding: .pdf, extractor: nil)
            #expect(text.pages?.removed.isEmpty == true, "\(kept)")
        }
    }

    /// A table's row numbers at the edges of its pages are not page numbers; the printed page numbers are.
    @Test func rowNumbersAtAPagesEdgeStay() {
        let pages = (1...3).map { page in
            ["序号", "\(page + 1)", "第\(page)页表格中的一行内容", "\(page + 2)", "— \(page) —"].joined(separator: "\n")
        }
        let text = PagedText.assemble(pages.joined(separator: "\u{C}"), encoding: .pdf, extractor: nil)
        let removed = text.pages?.removed ?? []
        #expect(removed.filter { $0.rule == .pageNumber }.map(\.text) == ["— 1 —", "— 2 —", "— 3 —"])
        #expect(text.string.components(separatedBy: "\n").filter { Int($0) != nil } == ["2", "3", "3", "4", "4", "5"])
    }

    /// One-page notices from one office, back to back: the salutation, the office and the date repeat at the
    /// pages' edges, but they are the notices' text.
    @Test func linesThatReadAsTextAreNeverRunningHeads() {
        let notices = (1...3).map { k in
            [
                "关于第\(k + 10)项工作的通知", "各区人民政府，市政府各委、办、局：", "现将第\(k)项工作的有关事项通知如下，请认真贯彻执行。",
                "北京市人民政府办公厅", "2024年3月\(k + 4)日",
            ].joined(separator: "\n")
        }
        let text = PagedText.assemble(notices.joined(separator: "\u{C}"), encoding: .pdf, extractor: nil)
        #expect(text.pages?.removed.map(\.text) == [])
    }

    @Test func aRunningHeadNeedsToRepeatAndTheFirstLineStays() {
        // The document's title opens page 1 and heads the other pages: page 1 keeps it.
        let titled = PagedText.assemble(
            ["年度工作报告\n正文一。", "年度工作报告\n正文二。", "年度工作报告\n正文三。"]
                .joined(separator: "\u{C}"), encoding: .pdf, extractor: nil)
        #expect(titled.string.hasPrefix("年度工作报告\n正文一。"))
        #expect(titled.pages?.removed.count == 2)
        // A heading at the top of one page only is text.
        let once = PagedText.assemble(
            ["正文一。", "一、总体要求\n正文二。", "正文三。"].joined(separator: "\u{C}"),
            encoding: .pdf, extractor: nil)
        #expect(once.pages?.removed.isEmpty == true)
    }
}
