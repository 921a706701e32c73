import LecternCore
import LecternTestSupport
import Testing

/// Layout damage repaired before lines become paragraphs, on texts written for these tests.
@Suite struct ReflowTests {
    /// A speech as text extraction from a PDF gives it: every line cut at 20 characters, a paragraph's last line
    /// shorter, a page number between two pages in the middle of a paragraph.
    static let wrapped = [
        "在全市档案工作会议上的讲话",
        "同志们：",
        "今天召开全市档案工作会议，主要任务是总",
        "结去年工作，分析当前形势，部署今年任务",
        "。",
        "一、过去一年的工作",
        "一年来，全市档案系统坚持围绕中心、服务",
        "大局，档案资源建设稳步推进，数字化转型",
        "",
        "— 2 —",
        "",
        "取得新进展，安全管理得到加强，利用服务",
        "水平明显提高。",
        "二、今年的主要任务",
        "要抓好档案资源建设，推进数字档案馆建设",
        "，加强档案安全体系建设，提升利用服务水",
        "平，为全市经济社会发展提供有力支撑。",
        "同志们，做好今年的档案工作，任务艰巨，",
        "责任重大。让我们团结一心，开拓进取，为",
        "推动档案事业高质量发展作出新的更大贡献",
        "！",
    ]

    @Test func hardWrappedLinesAreJoinedIntoParagraphs() throws {
        let text = Self.wrapped.joined(separator: "\n") + "\n"
        let document = Fixtures.document(text)
        let reading = document.paragraphs.map { document.readingString(of: $0) }
        #expect(
            reading == [
                "在全市档案工作会议上的讲话", "同志们：",
                "今天召开全市档案工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。",
                "一、过去一年的工作",
                // The page break (its number dropped) keeps the paragraph's two pages apart: a paragraph is one
                // stretch of the file.
                "一年来，全市档案系统坚持围绕中心、服务大局，档案资源建设稳步推进，数字化转型", "取得新进展，安全管理得到加强，利用服务水平明显提高。",
                "二、今年的主要任务",
                "要抓好档案资源建设，推进数字档案馆建设，加强档案安全体系建设，提升利用服务水平，为全市经济社会发展提供有力支撑。",
                "同志们，做好今年的档案工作，任务艰巨，责任重大。让我们团结一心，开拓进取，为推动档案事业高质量发展作出新的更大贡献！",
            ])
        // Positions stay the file's: a joined paragraph starts on its first line, and node offsets are exact.
        #expect(document.paragraphs.map(\.line) == [1, 2, 3, 6, 7, 12, 14, 15, 18])
        #expect(document.droppedLines.map(\.line) == [10])
        let scalars = Array(text.unicodeScalars)
        for node in document.nodes {
            let at = String(String.UnicodeScalarView(scalars[node.codePointOffset..<(node.codePointOffset + 2)]))
            #expect(node.marker.hasPrefix(at))
        }
        #expect(document.nodeSummary == ["1.1 一、过去一年的工作", "1.2 二、今年的主要任务"])
    }

    /// Items inside a joined paragraph report the line their marker is on, and any code point maps to its line.
    @Test func itemsInAJoinedParagraphKeepTheirOwnLines() {
        let text =
            [
                "在全市档案工作会议上的讲话", "同志们：",
                "今天召开全市档案工作会议，主要任务是总", "结去年工作，分析当前形势，部署今年任务", "。",
                "一、过去一年的工作", "一年来，全市档案系统坚持围绕中心、服务", "大局，档案资源建设稳步推进，数字化转型", "取得新进展，安全管理得到加强，利用服务",
                "水平明显提高。一是资源建设稳步推进，二", "是数字转型取得进展，三是安全管理全面加", "强。",
                "要抓好档案资源建设，推进数字档案馆建设", "，加强档案安全体系建设，提升利用服务水", "平，为全市经济社会发展提供有力支撑。",
            ]
            .joined(separator: "\n") + "\n"
        let document = Fixtures.document(text)
        #expect(document.nodes.map(\.line) == [6, 10, 10, 11])
        #expect(document.nodes.map(\.marker) == ["一、", "一是", "二是", "三是"])
        let secondLine = document.lines[3].codePointOffset
        #expect(document.line(containingCodePoint: secondLine + 2) == 4)
        #expect(document.line(containingCodePoint: 0) == 1)
    }

    @Test func latinWordsKeepTheirSpaceAtAJoin() {
        #expect(ReadingText.resolvingSoftBreaks("the annual\nreport of 2024\n年度") == "the annual report of 2024 年度")
        #expect(ReadingText.resolvingSoftBreaks("工作\n报告") == "工作报告")
    }

    @Test func textThatIsNotWrappedIsLeftAsItIs() throws {
        let document = try Fixtures.sample()
        #expect(document.paragraphs.allSatisfy { !document.string(of: $0).contains("\n") })
    }

    /// A page flattened to one line: title, salutation, headings and body separated only by spaces.
    @Test func aFlattenedPageIsSplitAtItsSalutationAndMarkers() {
        let filler = String(repeating: "各项工作要抓紧抓实，确保取得实效。", count: 8)
        let line =
            "在全市档案工作会议上的讲话 同志们： 今天召开会议，部署全年工作。" + filler
            + " 一、过去一年的工作 一年来，各项工作取得新的进展。" + filler
            + " 二、今年的主要任务 要抓好资源建设。" + filler
        let document = Fixtures.document(line + "\n")
        #expect(document.paragraphs.count == 7)
        #expect(document.speeches.first?.title == "在全市档案工作会议上的讲话")
        #expect(document.nodeSummary == ["1.1 一、过去一年的工作", "1.2 二、今年的主要任务"])
        #expect(document.paragraphs.allSatisfy { $0.line == 1 })
        let scalars = Array(line.unicodeScalars)
        for paragraph in document.paragraphs {
            let first = document.string(of: paragraph).unicodeScalars.first
            #expect(scalars[paragraph.codePointOffset] == first)
        }
    }

    /// A flattened title block keeps its date and speaker apart from the title.
    @Test func aFlattenedTitleBlockIsSplitIntoItsLines() {
        let filler = String(repeating: "各项工作要抓紧抓实，确保取得实效。", count: 10)
        let line = "在全市档案工作会议上的讲话 （2024年3月5日） 林晓东 同志们： 今天召开会议。" + filler + " 一、总体要求 要统一思想。" + filler
        let document = Fixtures.document(line + "\n")
        let speech = document.speeches[0]
        #expect(speech.title == "在全市档案工作会议上的讲话")
        #expect(speech.date == "2024年3月5日")
        #expect(speech.speaker == "林晓东")
        #expect(document.nodeSummary == ["1.1 一、总体要求"])
    }

    @Test func aBracketLeftAloneByMarkupJoinsItsHeading() {
        let document = Fixtures.document("同志们：\n一、工作回顾\n（一）稳增长。\n（\n二）促改革。\n（三）惠民生。\n")
        #expect(document.nodeSummary == ["1.1 一、工作回顾", "1.1.1 （一）稳增长", "1.1.2 （二）促改革", "1.1.3 （三）惠民生"])
        #expect(document.nodes[2].line == 4)
    }
}
