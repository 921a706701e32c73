import LecternCore
import LecternTestSupport
import Testing

/// `lectern diff`'s report: document text made safe before its colours are added, and the summary lines.
@Suite struct ComparisonTextTests {
    func comparison(_ old: [String], _ new: [String]) -> DocumentComparison {
        DocumentComparison.compare(
            Fixtures.document(paragraphs: old, path: "old.txt"), Fixtures.document(paragraphs: new, path: "new.txt"))
    }

    @Test func controlsInTheTextBecomePlaceholdersAndOnlyTheHighlightingIsEscapes() {
        let report = ComparisonText.report(
            comparison(["一、加强领导，统筹推进各项工作"], ["一、加强领导，统筹推进\u{1B}[2J各项工作"]), highlighting: .colors)
        #expect(report.contains("␛[2J"))
        #expect(!report.contains("\u{1B}[2J"))
        #expect(report.contains("\u{1B}[32m{+␛[2J+}\u{1B}[0m"))
        #expect(report.contains("\u{1B}[1mreworded\u{1B}[0m"))
    }

    @Test func plainTextMarksChangesWithBrackets() {
        let report = ComparisonText.report(
            comparison(["一、加强领导", "二、严格纪律"], ["一、加强领导", "二、从严治党", "三、严格纪律"]))
        #expect(
            report == """
                --- old.txt
                +++ new.txt
                added      1.2  二、从严治党
                renumbered 1.2 → 1.3  三、严格纪律  (二、 → 三、)
                1 renumbered, 1 added, 1 unchanged

                """)
    }

    @Test func aRewrittenRequirementIsSummarized() {
        let report = ComparisonText.report(
            comparison(
                ["一、工作回顾", "过去一年经济运行稳中有进，主要指标好于预期。"],
                ["一、工作回顾", "一年来我们迎难而上，民生保障持续加强。"]))
        #expect(report.contains("reworded   1.1  一、工作回顾\n    rewritten: "))
    }
}
