import Foundation
import LecternTestSupport
import Testing

/// Several files, folders and Word documents on the command line.
@Suite struct MultipleFilesTests {
    func folderWithTwoSpeeches() throws -> URL {
        let folder = try CommandRunner.temporaryDirectory()
        try "同志们：\n一、甲部分\n一是要这样。\n".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "同志们：\n一、乙部分\n二、丙部分\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "not a speech".write(to: folder.appendingPathComponent("ignored.log"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aFolderOpensItsDocumentsInNameOrder() throws {
        let folder = try folderWithTwoSpeeches()
        let result = try CommandRunner.run(["outline", "--json", folder.path])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(
            documents.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } } == [
                "a.txt", "b.txt",
            ])
    }

    @Test func everyListingCommandTakesSeveralFilesAndFolders() throws {
        let folder = try folderWithTwoSpeeches()
        let requirements = try CommandRunner.run(["requirements", folder.path, Fixtures.samplePath])
        #expect(requirements.stdout.split(separator: "\n").count == 2 + 2 + 38)
        let check = try CommandRunner.run(["check", "--warnings-only", folder.path, Fixtures.samplePath])
        #expect(check.status == 1)
        #expect(check.stdout.split(separator: "\n").count == 3)
        let text = try CommandRunner.run(["text", folder.path])
        #expect(text.stdout.contains("一、乙部分") && text.stdout.contains("一、甲部分"))
    }

    @Test func legacyAndDamagedWordFilesAreOneLineErrors() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let doc = folder.appendingPathComponent("old.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).write(to: doc)
        let legacy = try CommandRunner.run(["outline", doc.path])
        #expect(legacy.status == 2)
        #expect(
            legacy.stderr
                == "lectern: \(doc.path): an Office file but not a Word document; Lectern reads .doc, .docx and .wps documents\n"
        )
        let broken = folder.appendingPathComponent("broken.docx")
        try Data("PK\u{03}\u{04}garbage".utf8).write(to: broken)
        let damaged = try CommandRunner.run(["outline", broken.path])
        #expect(damaged.status == 2)
        #expect(damaged.stderr.hasPrefix("lectern: \(broken.path): "))
        #expect(damaged.stderr.split(separator: "\n").count == 1)
    }
}

@Suite struct MultipleFilesShowAndAnnotateTests {
    @Test func showFindsTheIdInEveryGivenDocument() throws {
        let folder = try CommandRunner.temporaryDirectory()
        try "同志们：\n一、甲部分\n一是要这样。\n".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["show", folder.path, Fixtures.samplePath, "1.1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1.1  一、甲部分"))
        #expect(result.stdout.contains("1.1  一、端正态度,自觉接受评议"))
        let missing = try CommandRunner.run(["show", folder.path, "9.9"])
        #expect(missing.status == 1)
    }

    @Test func aWordDocumentGetsItsOwnSidecar() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let text = try String(contentsOfFile: Fixtures.samplePath, encoding: .utf8)
        // A .docx whose paragraphs are the sample's lines.
        var builder = DocxBuilder()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { builder.paragraph(String(line)) }
        let docx = folder.appendingPathComponent("speech.docx")
        try builder.data().write(to: docx)
        let annotate = try CommandRunner.run(["annotate", docx.path, "--at", "2.4.3", "--tag", "考核"])
        #expect(annotate.status == 0)
        #expect(FileManager.default.fileExists(atPath: docx.path + ".annotations.json"))
        let missing = try CommandRunner.run(["annotate", folder.path, "--at", "9.9", "--tag", "无"])
        #expect(missing.status == 1)
        let twice = try CommandRunner.run(["annotate", docx.path, docx.path, "--at", "1.1", "--tag", "纪律"])
        #expect(twice.status == 0)
        #expect(twice.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix(docx.path + "\t") })
        let listed = try CommandRunner.run(["annotations", folder.path])
        #expect(listed.stdout.contains("speech.docx:"))
        #expect(listed.stdout.contains("考核"))
    }
}
