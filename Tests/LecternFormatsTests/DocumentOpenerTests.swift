import Foundation
import LecternCore
@testable import LecternFormats
import LecternTestSupport
import Testing

@Suite struct DocumentOpenerTests {
    @Test func foldersExpandToTheirDocumentsSortedByName() throws {
        let folder = try CommandRunner.temporaryDirectory()
        for name in ["b.txt", "a.md", "c.docx", "notes.pdf", "10.txt", "2.txt"] {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
        }
        let files = try DocumentOpener.expand([folder.path]).map { ($0 as NSString).lastPathComponent }
        #expect(files == ["2.txt", "10.txt", "a.md", "b.txt", "c.docx"])
    }

    @Test func legacyWordFilesGetAConversionHint() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let doc = folder.appendingPathComponent("old.doc")
        try Data(LegacyOfficeFile.signature + [0, 0, 0, 0]).write(to: doc)
        #expect(throws: DocumentLoadError.self) { try DocumentOpener.open(doc.path) }
        do { _ = try DocumentOpener.open(doc.path) } catch {
            #expect(error.description.contains("save it as .docx or .txt"))
        }
        let fakeDocx = folder.appendingPathComponent("secret.docx")
        try Data(LegacyOfficeFile.signature).write(to: fakeDocx)
        do { _ = try DocumentOpener.open(fakeDocx.path) } catch {
            #expect(error.description.contains("encrypted or legacy Word file"))
        }
    }

    @Test func markdownHeadingsAreRecognized() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("speech.md")
        try "# 某某在会议上的讲话\n\n同志们：\n\n## 一、总体要求\n\n### （一）指导思想\n".write(to: file, atomically: true, encoding: .utf8)
        let document = try DocumentOpener.open(file.path)
        #expect(document.speeches.first?.title == "某某在会议上的讲话")
        #expect(document.nodeSummary == ["1.1 一、总体要求", "1.1.1 （一）指导思想"])
    }
}
