import LecternCore
import LecternTestSupport
import Testing

@Suite struct SpeechSplitterTests {
    @Test func splitsAtSalutationsStandingAloneWithTheTitleBefore() {
        let document = Fixtures.document(paragraphs: [
            "甲在会议上的讲话", "同志们：", "今天开会。", "一、第一件事", "同志们，让我们共同努力！",
            "乙在总结会上的讲话", "——在全市工作会议上的报告", "各位领导、同志们：", "我讲三点。",
            "同志们、朋友们:", "这次会议很重要,要认真落实。",
        ])
        #expect(document.speeches.count == 3)
        #expect(document.speeches.map(\.title) == ["甲在会议上的讲话", "乙在总结会上的讲话", "这次会议很重要"])
        #expect(document.speeches.map(\.titleInferred) == [false, false, true])
        #expect(document.paragraphs[6].role == .title)  // the subtitle line
        #expect(document.paragraphs[7].role == .salutation)
        #expect(document.speeches[0].paragraphRange == 0..<5)
    }

    @Test func closingsAndInterjectionsDoNotStartASpeech() {
        let document = Fixtures.document(paragraphs: [
            "同志们：", "开场。", "同志们！", "这是插话之后的内容。", "同志们，最后我再强调一下。", "各位代表，谢谢大家。",
        ])
        #expect(document.speeches.count == 1)
    }

    @Test func textWithoutSalutationIsOneSpeechTitledByItsFirstLine() {
        let document = Fixtures.document(paragraphs: ["关于加强管理的通知", "一、总体要求", "要加强管理。"])
        #expect(document.speeches.count == 1)
        #expect(document.speeches[0].title == "关于加强管理的通知")
        #expect(!document.speeches[0].titleInferred)
    }

    @Test func anInferredTitleComesFromBodyTextNotAHeading() {
        let document = Fixtures.document(paragraphs: ["同志们：", "一、端正态度", "这次会议很重要，要认真落实。"])
        #expect(document.speeches[0].title == "这次会议很重要")
        #expect(document.speeches[0].titleInferred)
    }

    @Test func halfAndFullWidthSalutationsAreEqual() {
        for salutation in ["同志们:", "同志们：", "各位代表：", "尊敬的各位来宾："] {
            let document = Fixtures.document(paragraphs: ["同志们：", "第一篇正文。", salutation, "第二篇正文。"])
            #expect(document.speeches.count == 2, "\(salutation)")
        }
    }
}
