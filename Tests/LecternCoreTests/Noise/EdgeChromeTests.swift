import LecternCore
import LecternTestSupport
import Testing

/// Main-text detection at a document's head and tail, on pages written for these tests in the shapes scraped
/// government and school sites have.
@Suite struct EdgeChromeTests {
    static let body = [
        "今天召开全区档案工作会议，主要任务是总结去年工作，部署今年任务。",
        "一、过去一年的工作",
        "一年来，全区档案系统围绕中心、服务大局，各项工作取得新的进展。",
        "二、今年的主要任务",
        "要抓好档案资源建设，推进数字化转型，加强安全管理，提升服务水平。",
        "同志们，让我们共同努力，把档案工作做得更好！",
    ]

    /// A government page: a toolbar one word per line, a breadcrumb split at its separators, fields whose values
    /// stand on the next line, then the title block with a metadata line inside it, then a footer.
    static let governmentPage =
        [
            "下载", "打印", "全屏", "【字号：", "加大", "还原", "】",
            "当前位置：", "首页", ">", "政务要闻", ">", "区政府文件",
            "在全区档案工作会议上的讲话",
            "——2024年3月5日在全区档案工作会议上",
            "来源：", "区政府办公室", "发布时间：", "2024-03-06 10:20:31", "阅读量：",
            "副区长 林晓东",
            "同志们：",
        ] + body + [
            "扫一扫在手机打开当前页", "【", "打印本页", "】", "【", "关闭窗口", "】",
            "相关文档：", "上一篇：区政府召开常务会议[03-01]", "网站地图", "|", "联系我们", "|", "网站声明",
            "主办：某区人民政府办公室 版权所有", "某ICP备12345678号",
        ]

    @Test func dropsTheChromeAroundATitleBlockAndKeepsEveryLineOfTheDocument() throws {
        let document = Fixtures.document(paragraphs: Self.governmentPage)
        let kept = document.paragraphs.map { document.string(of: $0) }
        #expect(kept == ["在全区档案工作会议上的讲话", "——2024年3月5日在全区档案工作会议上", "副区长 林晓东", "同志们："] + Self.body)
        #expect(document.droppedLines.count == Self.governmentPage.count - kept.count)
        let speech = try #require(document.speeches.first)
        #expect(document.speeches.count == 1)
        #expect(speech.title == "在全区档案工作会议上的讲话" && !speech.titleInferred)
        #expect(speech.subtitle == "——2024年3月5日在全区档案工作会议上")
        #expect(speech.date == "2024年3月5日")
        #expect(speech.speaker == "副区长 林晓东")
        #expect(document.nodeSummary == ["1.1 一、过去一年的工作", "1.2 二、今年的主要任务"])
    }

    @Test func everyDroppedLineSaysWhy() {
        let document = Fixtures.document(paragraphs: Self.governmentPage)
        let rules = Dictionary(document.droppedLines.map { (document.string(ofLine: $0.line), $0.rule) }) { a, _ in a }
        #expect(rules["区政府办公室"] == .pageMetadata)  // the value of 来源：
        #expect(rules["政务要闻"] == .breadcrumb)
        #expect(rules["加大"] == .toolbar)
        #expect(rules["上一篇：区政府召开常务会议[03-01]"] != nil)
        #expect(rules["联系我们"] != nil)
    }

    /// A school page: a long menu of plain words that no rule names, headline links with dates, then the
    /// document: the menu goes because chrome follows it before the title.
    @Test func aMenuOfPlainWordsBeforeTheTitleIsChrome() {
        let menu = ["学校概况", "校园新闻", "教学科研", "德育之窗", "党建工作", "招生信息", "校友风采"]
        let page =
            ["某中学-首页", "今天是"] + menu + [
                "推荐阅读", "我校举行春季运动会，师生同场竞技[04-12]",
                "某中学开展读书月活动，营造书香校园[04-02]", "当前位置：首页 >", "党建工作>", "学习园地",
                "文章来源：本站原创 作者：佚名 发布时间：2024年04月15日 点击数：", "次",
            ]
            + ["在全校教职工大会上的讲话", "（2024年4月10日）", "王建华", "各位老师："] + Self.body
        let document = Fixtures.document(paragraphs: page)
        #expect(document.paragraphs.first.map { document.string(of: $0) } == "在全校教职工大会上的讲话")
        #expect(document.speeches.map(\.title) == ["在全校教职工大会上的讲话"])
        #expect(document.speeches.first?.date == "2024年4月10日")
        #expect(document.speeches.first?.speaker == "王建华")
        #expect(document.paragraphs.count == 4 + Self.body.count)
    }

    /// A portal's menu on one line, its entries between bars, heads the page: it is chrome, not part of the
    /// title that follows; a whole breadcrumb on one line does not take the title with it. A line with bars
    /// inside the text stays.
    @Test func aMenuBarOnOneLineBeforeTheTitleIsChrome() {
        let page =
            ["网站首页 | 机构概况 | 政策法规 | 公告公示 | 在线服务", "当前位置：首页 > 讲话"]
            + ["在全区档案工作会议上的讲话", "同志们："] + Self.body + ["关于我们｜网站地图｜隐私说明"]
        let document = Fixtures.document(paragraphs: page)
        #expect(document.speeches.map(\.title) == ["在全区档案工作会议上的讲话"])
        #expect(document.droppedLines.map(\.line) == [1, 3, 21])
        let inside = Fixtures.document(
            paragraphs: ["在全区档案工作会议上的讲话", "同志们："] + Self.body.prefix(3)
                + ["指标 | 去年 | 今年", "档案数字化率 | 60% | 75%"] + Self.body.suffix(3))
        #expect(inside.droppedLines.isEmpty)
    }

    @Test func aDocumentWithoutChromeLosesNothing() {
        let page = ["中共某县委员会", "关于开展档案检查的通知", "各乡镇党委："] + Self.body + ["中共某县委员会", "2024年3月1日"]
        let document = Fixtures.document(paragraphs: page)
        #expect(document.droppedLines.isEmpty)
    }

    @Test func styleSheetDebrisIsChromeAnywhere() {
        let page =
            ["在全区档案工作会议上的讲话", "同志们："] + Self.body.prefix(3)
            + [".article-body{font-size:16px;line-height:1.8}"] + Self.body.suffix(3)
        let document = Fixtures.document(paragraphs: page)
        #expect(document.droppedLines.map(\.rule) == [.markupDebris])
    }
}
