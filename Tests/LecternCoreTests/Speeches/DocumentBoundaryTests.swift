import LecternCore
import LecternTestSupport
import Testing

/// Where speeches and documents start when there is no salutation, and what their title block holds.
@Suite struct DocumentBoundaryTests {
    @Test func aTitleSetOnSeveralLinesIsOneTitle() {
        let document = Fixtures.document(paragraphs: [
            "坚持改革创新", "推动高质量发展", "同志们：", "这次会议的任务是部署全年工作，大家要认真领会。",
        ])
        #expect(document.speeches.map(\.title) == ["坚持改革创新推动高质量发展"])
        #expect(document.speeches.first?.line == 1)
    }

    /// A study page holding a news item, a speech and an article, each with its own byline or date line.
    @Test func piecesBackToBackAreSeparateDocuments() {
        let document = Fixtures.document(paragraphs: [
            "市委召开理论学习中心组会议", "来源：市报", "昨天，市委召开理论学习中心组会议，传达学习有关精神。",
            "会议要求，各级党组织要抓好学习，推动工作落实。",
            "在全市干部大会上的讲话", "（2023年5月8日）", "同志们：", "今天的会议很重要，我讲两点意见。",
            "一、提高认识", "要认清形势，增强责任感和使命感。", "二、狠抓落实", "要细化任务，压实责任，确保见到实效。",
            "基层治理的新探索", "张明", "2023年05月20日 来源：理论周刊",
            "近年来，各地在基层治理方面进行了积极探索，积累了宝贵经验。", "一、坚持党建引领", "党建引领是基层治理的根本。",
        ])
        #expect(document.speeches.map(\.title) == ["市委召开理论学习中心组会议", "在全市干部大会上的讲话", "基层治理的新探索"])
        #expect(document.speeches.map(\.line) == [1, 9, 25])
        #expect(document.speeches[2].speaker == "张明")
        // The article's 一、 starts its own numbering: no id is shared, no warning.
        #expect(document.nodeSummary == ["2.1 一、提高认识", "2.2 二、狠抓落实", "3.1 一、坚持党建引领"])
        #expect(DocumentChecker.check(document).filter { $0.severity == .warning }.isEmpty)
    }

    /// A banner of two parallel lines, then a short heading and its text: the heading belongs to the text, not to
    /// the title. A third title line that names the document's genre (…的 / 通知) is still the title's.
    @Test func aShortHeadingAfterATwoLineBannerIsNotPartOfTheTitle() {
        let banner = Fixtures.document(paragraphs: [
            "上一篇文章的最后一段，讲述了社区志愿服务的做法和成效。",
            "庆祝市图书馆建馆一百周年系列活动", "纪念城市阅读推广计划实施二十周年",
            "图书馆简史",
            "市图书馆始建于上世纪二十年代，几经迁址，藏书从最初的几千册发展到今天的三百余万册。",
        ])
        #expect(banner.speeches.last?.title == "庆祝市图书馆建馆一百周年系列活动纪念城市阅读推广计划实施二十周年")
        #expect(banner.paragraphs.contains { banner.string(of: $0) == "图书馆简史" && $0.role == .body })

        let notice = Fixtures.document(paragraphs: [
            "上一篇文章的最后一段，讲述了社区志愿服务的做法和成效。",
            "市人民政府办公室关于进一步做好", "全市公共文化服务体系建设工作的", "通知",
            "各区人民政府，市政府各部门：为进一步提升公共文化服务水平，经市政府同意，现将有关事项通知如下。",
        ])
        #expect(notice.speeches.last?.title == "市人民政府办公室关于进一步做好全市公共文化服务体系建设工作的通知")
    }

    /// An official notice ends with its 落款 (the issuing office and the date) and its 版记: the 落款 is the
    /// notice's, not a new document's title block; the 版记 is a part of its own.
    @Test func theSignatureAtTheEndBelongsToTheText() {
        let document = Fixtures.document(paragraphs: [
            "关于做好档案安全工作的通知", "各单位：", "为切实做好今年档案安全工作，现将有关事项通知如下。",
            "一、提高思想认识", "档案安全是档案工作的底线，各单位要高度重视。",
            "二、开展隐患排查", "各单位要对库房开展一次全面排查。",
            "市档案局", "2024年3月5日",
            "抄送：市委办公室，市人大常委会办公室。", "市档案局办公室　　　　2024年3月5日印发",
        ])
        #expect(document.speeches.map(\.title) == ["关于做好档案安全工作的通知", "抄送：市委办公室，市人大常委会办公室。"])
        #expect(document.paragraphs.contains { document.string(of: $0) == "市档案局" && $0.speech == 1 })
        // A speech that opens with short sentences still has text under its title block.
        let short = Fixtures.document(paragraphs: [
            "在全市安全生产会议上的讲话", "（2024年3月5日）", "同志们，安全生产事关重大，必须常抓不懈，不能有丝毫松懈。",
            "在全市经济工作会议上的讲话", "（2024年3月6日）", "今天开会。", "主要讲三点。", "请大家注意。",
            "一、稳增长", "要把稳增长放在更加突出的位置，确保完成全年目标任务。",
        ])
        #expect(short.speeches.map(\.title) == ["在全市安全生产会议上的讲话", "在全市经济工作会议上的讲话"])
        // Without a 版记 too.
        let unsigned = Fixtures.document(paragraphs: [
            "关于做好档案安全工作的通知", "各单位：", "为切实做好今年档案安全工作，现将有关事项通知如下。",
            "市档案局", "2024年3月5日",
        ])
        #expect(unsigned.speeches.count == 1)
    }

    @Test func aHeaderNamingASpeechStartsOne() {
        let document = Fixtures.document(paragraphs: [
            "在全县安全生产会议上的主持词", "同志们：", "这次会议开得很成功，大家要认真贯彻落实会议精神。",
            "李华同志在全县安全生产会议上的讲话（摘要）",
            "安全生产事关人民群众生命财产安全，必须时刻绷紧这根弦。",
        ])
        #expect(document.speeches.count == 2)
        #expect(document.speeches[1].title == "李华同志在全县安全生产会议上的讲话（摘要）")
        // The half-width excerpt mark, and another genre word; a line that only mentions a speech does not.
        let other = Fixtures.document(paragraphs: [
            "在全县安全生产会议上的主持词", "同志们：", "这次会议开得很成功，大家要认真贯彻落实会议精神。",
            "王明同志在表彰大会上的致辞(节选)", "今天我们在这里隆重集会，表彰先进，激励全县干部群众。",
            "关于学习讲话精神", "会议要求各单位认真组织学习，抓好贯彻落实，确保取得实效。",
        ])
        #expect(other.speeches.map(\.title) == ["在全县安全生产会议上的主持词", "王明同志在表彰大会上的致辞(节选)"])
    }

    @Test func aCaptionBetweenTheTitleBlockAndTheSalutationBelongsToIt() {
        let document = Fixtures.document(paragraphs: [
            "政府工作报告", "——2024年1月20日在县第十八届人民代表大会第三次会议上", "县长 周志强",
            "1月20日，县第十八届人民代表大会第三次会议开幕，县长周志强作政府工作报告。本报记者 陈晨 摄",
            "各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议。",
        ])
        #expect(document.speeches.count == 1)
        #expect(document.speeches[0].title == "政府工作报告")
        #expect(document.speeches[0].speaker == "县长 周志强")
    }
}

/// A bulletin that wraps speeches: its head and its 版记 are parts of their own.
@Suite struct BulletinTests {
    static let bulletin = [
        "工作简报", "第5期", "县委办公室编　2024年3月1日",
        "编者按：近日，县委召开全县作风建设大会，现将两位领导的讲话印发给你们，请结合实际认真学习贯彻。",
        "张明同志在全县作风建设大会上的讲话", "同志们：", "今天召开这次大会，主要任务是动员全县上下进一步转变作风。",
        "一、提高认识", "作风建设永远在路上，必须常抓不懈。", "二、突出重点", "要聚焦群众反映强烈的突出问题，逐一整改到位。",
        "李华同志在全县作风建设大会上的讲话要点", "一、压实责任", "各级党组织要切实履行主体责任，层层传导压力。",
        "二、强化监督", "要加强日常监督检查，发现问题及时纠正。",
        "抄送：县人大常委会办公室，县政协办公室。", "县委办公室　2024年3月1日印发",
    ]

    @Test func theHeadEachSpeechAndTheDistributionBlockArePartsOfTheirOwn() {
        let document = Fixtures.document(paragraphs: Self.bulletin)
        #expect(
            document.speeches.map(\.title) == [
                "工作简报", "张明同志在全县作风建设大会上的讲话",
                "李华同志在全县作风建设大会上的讲话要点", "抄送：县人大常委会办公室，县政协办公室。",
            ])
        #expect(document.speeches[0].date == "第5期")
        #expect(document.nodeSummary == ["2.1 一、提高认识", "2.2 二、突出重点", "3.1 一、压实责任", "3.2 二、强化监督"])
        #expect(DocumentChecker.check(document).filter { $0.severity == .warning }.isEmpty)
    }

    @Test func aNewsLeadBeforeTheFirstTitleIsItsOwnPart() {
        let document = Fixtures.document(paragraphs: [
            "本报讯　昨天下午，市委召开全市干部大会，市委书记出席会议并讲话。现将讲话全文刊发如下。",
            "在全市干部大会上的讲话", "同志们：", "这次会议的主要任务是统一思想，明确任务，推动工作落实。",
        ])
        #expect(document.speeches.count == 2)
        #expect(document.speeches[1].title == "在全市干部大会上的讲话")
        #expect(document.speeches[0].titleInferred)
    }
}

@Suite struct TitleBlockTests {
    @Test func aSubtitleEndingWithTheSpeakerGivesBoth() {
        let document = Fixtures.document(paragraphs: [
            "某县2024年政府工作报告", "2024年1月18日在某县第十八届人民代表大会第三次会议上　县长 周志强", "各位代表：",
            "现在，我代表县人民政府，向大会报告工作，请予审议。",
        ])
        let speech = document.speeches[0]
        #expect(speech.title == "某县2024年政府工作报告")
        #expect(speech.date == "2024年1月18日")
        #expect(speech.speaker == "县长 周志强")
    }

    @Test func aShortTitleIsNotTakenForAName() {
        let document = Fixtures.document(paragraphs: ["学习资料", "同志们：", "今天我们一起学习有关文件精神，大家要认真领会。"])
        #expect(document.speeches[0].title == "学习资料")
        #expect(document.speeches[0].speaker == nil)
    }
}
