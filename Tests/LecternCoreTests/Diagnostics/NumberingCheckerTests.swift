import LecternCore
import LecternTestSupport
import Testing

@Suite struct NumberingCheckerTests {
    func warnings(_ paragraphs: [String]) -> [Diagnostic] {
        DocumentChecker.check(Fixtures.document(paragraphs: ["同志们："] + paragraphs)).filter { $0.severity == .warning }
    }

    @Test func aCleanSequenceHasNoFindings() {
        #expect(warnings(["一、甲", "一是要这样。", "二是要那样。", "二、乙"]).isEmpty)
    }

    @Test func reportsGapsWithSpeechParentAndLine() throws {
        let findings = warnings(["一、甲", "三、丙"])
        let gap = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(gap.kind == .missingOrdinal)
        #expect(gap.speech == 1)
        #expect(gap.parent == "1")
        #expect(gap.line == 5)
        #expect(gap.message == "二、 missing between 一、 and 三、")
    }

    @Test func reportsDuplicatesAndOrder() {
        #expect(warnings(["一、甲", "二、乙", "二、乙又"]).map(\.kind) == [.duplicateOrdinal])
        #expect(warnings(["一、甲", "三、丙", "二、乙"]).map(\.kind) == [.missingOrdinal, .outOfOrder])
    }

    @Test func reportsASequenceThatSwitchesFamily() {
        let findings = warnings(["一、甲", "一是要这样。", "二是要那样。", "三要坚持下去。"])
        #expect(findings.map(\.kind) == [.familySwitch])
        #expect(findings.first?.parent == "1.1")
    }

    @Test func comparesAnnouncedCountsWithTheItemsThatFollow() {
        #expect(warnings(["一、甲", "要增强以下三种能力：", "一是学习能力。", "二是实践能力。", "三是创新能力。"]).isEmpty)
        let findings = warnings(["一、甲", "我讲三点意见：", "一是学习。", "二是实践。"])
        #expect(findings.map(\.kind) == [.countMismatch])
        #expect(findings.first?.message.contains("announces 3 but 2 follow") == true)
    }
}
