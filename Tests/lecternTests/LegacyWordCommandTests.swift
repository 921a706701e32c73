import Foundation
import LecternTestSupport
import Testing

/// Word 97–2003 .doc and .wps files through the real `lectern` command (fixtures: Tests/Fixtures/legacy-word).
@Suite struct LegacyWordCommandTests {
    static func fixture(_ name: String) -> String {
        Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/legacy-word/\(name)").path
    }

    @Test func aDocIsADocumentForEveryCommand() throws {
        let outline = try CommandRunner.run(["outline", "--json", Self.fixture("speech.doc")])
        #expect(outline.status == 0, "\(outline.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outline.stdout.utf8)) as? [String: Any])
        let document = try #require((root["documents"] as? [[String: Any]])?.first)
        #expect(document["encoding"] as? String == "DOC")
        #expect((document["speeches"] as? [Any])?.count == 2)
        let show = try CommandRunner.run(["show", Self.fixture("speech.wps"), "1.2.2.3"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("三是加强经费保障"))
        let text = try CommandRunner.run(["text", Self.fixture("speech.doc")])
        #expect(text.stdout.contains("同志们，基层治理任重道远。"))
    }

    @Test func withNeitherToolTheHintNamesThePackage() throws {
        let emptyBin = try CommandRunner.temporaryDirectory()
        let path = Self.fixture("speech.doc")
        let result = try CommandRunner.run(["outline", path], environment: ["PATH": emptyBin.path])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "lectern: \(path): reading a Word .doc file needs antiword, which is not installed (apt-get install antiword)\n"
        )
        #expect(result.stdout.isEmpty)
    }

    @Test func unreadableFilesAreOneLineErrors() throws {
        for name in ["old.wps", "workbook.xls"] {
            let result = try CommandRunner.run(["outline", Self.fixture(name)])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("lectern: \(Self.fixture(name)): "))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func aFolderListsItsDocAndWpsFiles() throws {
        let folder = try CommandRunner.temporaryDirectory()
        try FileManager.default.copyItem(
            atPath: Self.fixture("speech.doc"), toPath: folder.appendingPathComponent("b.doc").path)
        try FileManager.default.copyItem(
            atPath: Self.fixture("speech.wps"), toPath: folder.appendingPathComponent("c.wps").path)
        try "同志们：\n一、甲部分\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["outline", "--json", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(
            documents.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } } == [
                "a.txt", "b.doc", "c.wps",
            ])
        #expect(documents.compactMap { $0["encoding"] as? String } == ["UTF-8", "DOC", "DOC"])
    }
}
