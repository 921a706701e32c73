import Foundation
import LecternCore
import LecternTestSupport
import Testing

@testable import LecternFormats

/// PDFs written by `PdfWriter`/`PdfPageLayout` and read back through pdftotext: the sample printed as an official
/// document gives the sample's outline, furniture out; scanned and encrypted PDFs get one line each.
@Suite struct PdfImporterTests {
    func write(_ data: Data, name: String = "document.pdf") throws -> String {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    func reason(_ path: String) -> String? {
        do {
            _ = try DocumentOpener.open(path)
            return nil
        } catch {
            return error.reason
        }
    }

    /// The outline as ids and labels, the way `lectern outline` lists it without places.
    func outline(_ document: Document) -> [String] {
        document.speeches.map { "\($0.number) \($0.title)" } + document.nodes.map { "\($0.id) \($0.label)" }
    }

    @Test func theSamplePrintedToPDFGivesTheSamplesOutline() throws {
        let sample = try Fixtures.sample()
        let text = try String(contentsOfFile: Fixtures.samplePath, encoding: .utf8)
        for style in [PdfPageNumberStyle.emDashes, .hyphens, .chinese, .fraction] {
            var layout = PdfPageLayout()
            layout.runningHeader = "干部述职评议讲话汇编"
            layout.pageNumbers = style
            let printed = layout.render(text)
            let document = try DocumentOpener.open(try write(printed.data))
            #expect(document.speeches.count == 3, "\(style)")
            #expect(document.nodes.count == 38, "\(style)")
            #expect(outline(document) == outline(sample), "\(style)")
            #expect(document.nodes.map(\.id).contains("2.4.3"))
            // The three gaps, and no other warning.
            let warnings = DocumentChecker.check(document).filter { $0.severity == .warning }
            #expect(warnings.count == 3, "\(style)")
            // No header or page number left in the reading text; every page's furniture accounted for.
            let reading = document.paragraphs.map { document.readingString(of: $0) }.joined(separator: "\n")
            #expect(!reading.contains("干部述职评议讲话汇编"), "\(style)")
            for page in 1...printed.pageCount {
                if let number = style.text(page: page, of: printed.pageCount) {
                    #expect(!document.paragraphs.contains { document.readingString(of: $0) == number }, "\(number)")
                }
            }
            let removed = document.text.pages?.removed ?? []
            #expect(removed.filter { $0.rule == .pageNumber }.count == printed.pageCount, "\(style)")
            #expect(removed.filter { $0.rule == .runningHead }.count == printed.pageCount - 1, "\(style)")
            #expect(document.text.pages?.pageCount == printed.pageCount)
        }
    }

    @Test func nodesKnowTheirPagesAndTheExtractorIsRecorded() throws {
        let text = try String(contentsOfFile: Fixtures.samplePath, encoding: .utf8)
        let printed = PdfPageLayout().render(text)
        let document = try DocumentOpener.open(try write(printed.data))
        #expect(document.encoding == .pdf)
        #expect(document.text.extractor?.hasPrefix("pdftotext ") == true)
        // Each heading's page is the page the layout drew it on.
        for node in document.nodes where !node.isInline {
            let page = try #require(document.page(ofLine: node.line))
            let drawn = printed.lines.first {
                $0.kind == .body && $0.text.hasPrefix(node.marker) && $0.text.contains(node.title.prefix(6))
            }
            if let drawn { #expect(drawn.page == page, "\(node.id)") }
        }
        let json = DocumentJSON.outline([document]).rendered()
        #expect(json.contains("\"page\": ") && json.contains("\"pages\": \(printed.pageCount)"))
    }

    @Test func aScannedPDFSaysItHasNoTextLayer() throws {
        var writer = PdfWriter()
        for _ in 0..<3 { writer.addScannedPage() }
        #expect(
            reason(try write(writer.data())).map {
                $0.hasPrefix("no text layer (a scanned document); add one by OCR") && $0.contains("tesseract")
            } == true)
    }

    @Test func anEncryptedPDFSaysSo() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/pdf/encrypted.pdf").path
        #expect(
            reason(path) == "an encrypted PDF (it needs a password); save a copy without the password and open that")
    }

    @Test func aDamagedOrMisnamedPDFIsOneLine() throws {
        let path = try write(Data("%PDF-1.4\nnot really a PDF\n".utf8))
        #expect(reason(path)?.hasPrefix("not a readable PDF (pdftotext: ") == true)
        // A PDF named .txt is still read as a PDF: the content decides.
        var writer = PdfWriter()
        writer.addPage([PdfTextLine("同志们：今天召开全市档案工作会议。", x: 72, y: 700)])
        let renamed = try write(writer.data(), name: "notes.txt")
        #expect(try DocumentOpener.open(renamed).encoding == .pdf)
        // A text that only mentions the signature is text.
        let mention = try write(Data("关于文件格式的说明\n请上传%PDF-1.4格式的文件。\n".utf8), name: "format.txt")
        #expect(try DocumentOpener.open(mention).encoding == .utf8)
    }
}
