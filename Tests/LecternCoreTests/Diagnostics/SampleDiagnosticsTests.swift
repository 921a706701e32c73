import LecternCore
import LecternTestSupport
import Testing

@Suite struct SampleDiagnosticsTests {
    @Test func exactlyThreeNumberingFindingsAllInTheThirdSpeech() throws {
        let findings = DocumentChecker.check(try Fixtures.sample()).filter { $0.severity == .warning }
        #expect(findings.count == 3)
        #expect(findings.allSatisfy { $0.kind == .missingOrdinal && $0.speech == 3 })
        #expect(findings.map(\.parent) == ["3.2", "3.3", "3.3"])
        #expect(findings.map(\.line) == [359, 379, 389])
        #expect(findings[0].message == "一是 missing before 二是")
        #expect(findings[2].message == "三是 missing between 二是 and 四是")
    }

    @Test func droppedLinesAreReportedAsInfoWithLineNumbers() throws {
        let info = DocumentChecker.check(try Fixtures.sample()).filter { $0.kind == .noise }
        #expect(info.count == 27)
        #expect(info.allSatisfy { $0.severity == .info })
        #expect(info.first?.line == 1)
        #expect(info.first?.message.contains("县长在干部述职评议会议上的讲话.docx") == true)
    }

    /// Speech by speech (what the reader's tree marks, checked only where it looks), the findings are those of the
    /// whole check: here on the sample three times over, where an announced count is also contradicted.
    @Test func speechBySpeechFindingsAreTheWholeChecksNumberingFindings() throws {
        let sample = try String(decoding: Fixtures.sampleBytes(), as: UTF8.self)
        let extra = "\n\n同志们：\n\n我讲三点意见：\n\n一是学习。\n\n二是实践。\n\n一、甲\n\n三、丙\n"
        let document = Fixtures.document(sample + sample + extra + sample)
        let whole = DocumentChecker.check(document).filter { $0.kind != .noise }
        let bySpeech = document.speeches.flatMap { DocumentChecker.numberingFindings(document, speech: $0.number) }
        #expect(whole.count == 3 * 3 + 2)
        #expect(bySpeech.sorted { ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue) } == whole)
    }
}
