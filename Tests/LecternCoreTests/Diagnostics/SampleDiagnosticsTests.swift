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
}
