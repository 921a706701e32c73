import Foundation
import LecternCore
import LecternTestSupport
import Testing

@testable import LecternFormats

/// DTDs and entities: a part declaring a DTD is refused before it is parsed, and below that the XML parser
/// itself never reads a file or URL a part names.
@Suite struct DocxXMLSafetyTests {
    /// A file a hostile document might try to pull into its text.
    func secretFile() throws -> String {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("secret.txt").path
        try "TOP-SECRET 机密".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Why `docx` is refused; nil (and an issue) when it is read.
    func reason(_ docx: DocxBuilder) throws -> String? {
        let data = try docx.data()
        do {
            let text = try DocxImporter.text(of: data)
            Issue.record("read, not refused: \(text.utf8.count) bytes of text")
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func aPartDeclaringADTDIsRefusedAndNothingItNamesIsRead() throws {
        let secret = try secretFile()
        let refusal = "word/document.xml declares a DTD, which Word never writes; not a plausible Word document"
        var docx = DocxBuilder()
        docx.prologue = "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file://\(secret)\">]>"
        docx.body.append("<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>")
        #expect(try reason(docx) == refusal)
        // Comments and processing instructions before it do not hide it.
        docx.prologue =
            "<!-- <w:p/> --><?mso-application progid=\"Word.Document\"?>\n<!DOCTYPE w:document SYSTEM \"file://\(secret)\">"
        docx.body = ["<w:p><w:r><w:t>a</w:t></w:r></w:p>"]
        #expect(try reason(docx) == refusal)
        // An entity of 100 KB used 20,000 times costs libxml2 about 11 s; refused, it costs nothing.
        docx.prologue = "<!DOCTYPE w:document [<!ENTITY big \"\(String(repeating: "x", count: 100_000))\">]>"
        docx.body = ["<w:p><w:r><w:t>\(String(repeating: "&big;", count: 20_000))</w:t></w:r></w:p>"]
        let started = ContinuousClock.now
        #expect(try reason(docx) == refusal)
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func theXMLParserNeverLoadsAnExternalEntityOrDTD() throws {
        let secret = try secretFile()
        let namespace = DocxBuilder.namespace
        for xml in [
            "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY s SYSTEM \"file://\(secret)\">]><w:document \(namespace)><w:body><w:p><w:r><w:t>a&s;b</w:t></w:r></w:p></w:body></w:document>",
            "<?xml version=\"1.0\"?><!DOCTYPE w:document SYSTEM \"file://\(secret)\"><w:document \(namespace)><w:body><w:p><w:r><w:t>ab</w:t></w:r></w:p></w:body></w:document>",
        ] {
            let reader = WordDocumentReader()
            _ = reader.read(Data(xml.utf8))
            #expect(!reader.paragraphs.map(\.text).joined().contains("SECRET"))
        }
    }

    @Test func theDTDScanReadsUTF16AndStopsAtTheRootElement() {
        let declared = "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>"
        #expect(XMLPrologue.declaresDocumentType(Data(declared.utf8)))
        #expect(XMLPrologue.declaresDocumentType(Data([0xFF, 0xFE]) + declared.data(using: .utf16LittleEndian)!))
        #expect(XMLPrologue.declaresDocumentType(declared.data(using: .utf16BigEndian)!))
        for harmless in [
            "<?xml version=\"1.0\"?><!-- <!DOCTYPE r> --><r/>",
            "<r><![CDATA[<!DOCTYPE r>]]><t>&lt;!DOCTYPE r&gt;</t></r>",
            "\u{FEFF}<?xml version=\"1.0\"?>\n<r/>", "", "<",
        ] {
            #expect(!XMLPrologue.declaresDocumentType(Data(harmless.utf8)), "\(harmless)")
        }
    }
}
