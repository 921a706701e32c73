import Foundation
import LecternTestSupport
import Testing

/// PDF files through the real `lectern` command: every command reads them, nodes carry pages, furniture shows
/// in `text --raw` and `check`, annotations record the extractor, and a missing pdftotext is one line.
@Suite struct PdfCommandTests {
    /// The sample printed as an official document, in a folder of its own.
    static func printedSample(in folder: URL, name: String = "speeches.pdf") throws -> String {
        var layout = PdfPageLayout()
        layout.runningHeader = "干部述职评议讲话汇编"
        let text = try String(contentsOfFile: Fixtures.samplePath, encoding: .utf8)
        let path = folder.appendingPathComponent(name).path
        try layout.render(text).data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aPDFIsADocumentForEveryCommand() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let pdf = try Self.printedSample(in: folder)
        let outline = try CommandRunner.run(["outline", pdf])
        #expect(outline.status == 0, "\(outline.stderr)")
        #expect(outline.stdout.contains("    2.4.3  三是知人善任能力  [p. "))
        let requirements = try CommandRunner.run(["requirements", "--json", pdf])
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(requirements.stdout.utf8)) as? [String: Any])
        let items = try #require(root["requirements"] as? [[String: Any]])
        #expect(items.count == 38 && items.allSatisfy { ($0["page"] as? Int ?? 0) >= 1 })
        let show = try CommandRunner.run(["show", pdf, "2.4.3"])
        #expect(show.status == 0 && show.stdout.contains("三是知人善任能力"))
        let raw = try CommandRunner.run(["text", "--raw", pdf])
        #expect(raw.stdout.contains("✗ — 2 —    ⟨dropped: page-number⟩"))
        #expect(raw.stdout.contains("✗ 干部述职评议讲话汇编    ⟨dropped: running-head⟩"))
        let check = try CommandRunner.run(["check", pdf])
        #expect(check.stdout.contains("dropped page number (page 2): — 2 —"))
        #expect(check.stdout.components(separatedBy: "warning: missing-ordinal").count == 4)
    }

    @Test func annotationsOnAPDFRecordTheExtractor() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let pdf = try Self.printedSample(in: folder)
        let added = try CommandRunner.run(["annotate", pdf, "--at", "2.4.3", "--tag", "考核"])
        #expect(added.status == 0, "\(added.stderr)")
        let sidecar = try String(contentsOfFile: pdf + ".annotations.json", encoding: .utf8)
        #expect(sidecar.contains("\"encoding\": \"PDF\"") && sidecar.contains("\"extractor\": \"pdftotext "))
        // Another extractor version gave other text: the annotation is re-anchored, not lost.
        let older = sidecar.replacingOccurrences(
            of: #""sha256": "[0-9a-f]+""#, with: #""sha256": "0000""#,
            options: .regularExpression
        )
        .replacingOccurrences(
            of: #""extractor": "pdftotext [^"]*""#, with: #""extractor": "pdftotext 0.86.1""#,
            options: .regularExpression)
        try older.write(toFile: pdf + ".annotations.json", atomically: true, encoding: .utf8)
        let listed = try CommandRunner.run(["annotations", pdf])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("2.4.3") && listed.stdout.contains("考核") && !listed.stdout.contains("orphan"))
    }

    @Test func withoutPdftotextTheHintNamesThePackage() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let pdf = try Self.printedSample(in: folder)
        let emptyBin = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["outline", pdf], environment: ["PATH": emptyBin.path])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "lectern: \(pdf): reading a PDF needs pdftotext, which is not installed (apt-get install poppler-utils)\n"
        )
    }

    @Test func aFolderListsItsPDFs() throws {
        let folder = try CommandRunner.temporaryDirectory()
        _ = try Self.printedSample(in: folder, name: "b.pdf")
        try "同志们：\n一、甲部分\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["outline", "--json", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"encoding\": \"PDF\"") && result.stdout.contains("b.pdf"))
    }
}
