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
        #expect(documents.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } } == ["a.txt", "b.txt"])
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
        #expect(legacy.stderr == "lectern: \(doc.path): a legacy Word/WPS file (.doc/.wps); save it as .docx or .txt and open that\n")
        let broken = folder.appendingPathComponent("broken.docx")
        try Data("PK\u{03}\u{04}garbage".utf8).write(to: broken)
        let damaged = try CommandRunner.run(["outline", broken.path])
        #expect(damaged.status == 2)
        #expect(damaged.stderr.hasPrefix("lectern: \(broken.path): "))
        #expect(damaged.stderr.split(separator: "\n").count == 1)
    }
}
