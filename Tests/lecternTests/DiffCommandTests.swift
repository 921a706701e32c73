import Foundation
import LecternTestSupport
import Testing

/// `lectern diff` end to end on the sample's edited versions, written to files in every encoding that matters.
@Suite struct DiffCommandTests {
    /// The sample as old.txt and `edit` of it as new.txt (UTF-8), and new-gb.txt (GB18030), in a fresh folder.
    func versions(_ edit: (String) -> String) throws -> (old: String, new: String, newGB: String) {
        let directory = try CommandRunner.temporaryDirectory()
        let text = try VersionPairs.sampleText()
        let old = directory.appendingPathComponent("old.txt")
        let new = directory.appendingPathComponent("new.txt")
        let newGB = directory.appendingPathComponent("new-gb.txt")
        try Data(text.utf8).write(to: old)
        try Data(edit(text).utf8).write(to: new)
        try VersionPairs.gb18030(edit(text)).write(to: newGB)
        return (old.path, new.path, newGB.path)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theSameTextIsExitZeroWhateverItsEncoding() throws {
        let (_, new, newGB) = try versions(VersionPairs.allEdits)
        let result = try CommandRunner.run(["diff", new, newGB])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("39 unchanged\n"))
    }

    /// `lectern --diff OLD NEW` opens the reader on a terminal; off one (as here) it prints `diff`'s report.
    @Test func theReadersDiffOptionOffATerminalPrintsTheReport() throws {
        let (old, new, newGB) = try versions(VersionPairs.insertingItem)
        for target in [new, newGB] {
            let result = try CommandRunner.run(["--diff", old, target])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("added      2.1.3  三是凝聚了共识"))
            #expect(result.stdout.hasSuffix("2 renumbered, 1 added, 36 unchanged\n"))
        }
        let one = try CommandRunner.run(["--diff", old])
        #expect(one.status != 0)
        #expect(one.stderr.contains("--diff takes two files: OLD NEW"))
    }

    @Test func everyEditIsReportedAndNothingElse() throws {
        let (old, new, newGB) = try versions(VersionPairs.allEdits)
        for target in [new, newGB] {
            let result = try CommandRunner.run(["diff", old, target])
            #expect(result.status == 1)
            #expect(result.stderr.isEmpty)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let kinds = lines.compactMap { line in
                line.first?.isLetter == true ? line.split(separator: " ").first.map(String.init) : nil
            }
            #expect(
                kinds == [
                    "removed", "renumbered", "added", "renumbered", "renumbered", "reworded", "renumbered",
                    "renumbered", "split", "moved", "moved",
                ], "\(result.stdout)")
            #expect(
                lines.contains {
                    $0.hasPrefix("renumbered") && $0.contains("2.1.3 → 2.1.4") && $0.contains("(三是 → 四是)")
                })
            #expect(lines.contains { $0.hasPrefix("    …") && $0.contains("组织工作的[-生机和活-]{+创造力和凝聚+}力。") })
            #expect(lines.contains { $0.hasPrefix("split") && $0.contains("split from 2.4, rest in 2.4") })
            #expect(lines.last == "1 reworded, 5 renumbered, 2 moved, 1 added, 1 removed, 1 split, 29 unchanged")
        }
    }

    @Test func renumberingAloneIsNotRewording() throws {
        let (old, new, _) = try versions(VersionPairs.insertingItem)
        let result = try CommandRunner.run(["diff", "--json", old, new])
        #expect(result.status == 1)
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        let changes = try #require(file["changes"] as? [[String: Any]])
        let renumbered = changes.filter { $0["kind"] as? String == "renumbered" }
        #expect(renumbered.count == 2)
        #expect(renumbered.allSatisfy { $0["aspects"] as? [String] == ["renumbered"] && $0["diff"] == nil })
        #expect(changes.filter { $0["kind"] as? String == "reworded" }.isEmpty)
        let counts = try #require(file["counts"] as? [String: Int])
        #expect(counts["added"] == 1 && counts["renumbered"] == 2 && counts["reworded"] == 0)
        #expect(file["identical"] as? Bool == false)
    }

    @Test func jsonCarriesIdsKindsAndCharacterChanges() throws {
        let (old, new, _) = try versions(VersionPairs.rewordingItem)
        let result = try CommandRunner.run(["diff", "--json", old, new])
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        #expect(file["old"] as? String == old)
        let changes = try #require(file["changes"] as? [[String: Any]])
        #expect(changes.count == 38)
        let reworded = try #require(changes.first { $0["kind"] as? String == "reworded" })
        #expect((reworded["old"] as? [String: Any])?["id"] as? String == "2.2.3")
        #expect((reworded["new"] as? [String: Any])?["marker"] as? String == "第三,")
        let diff = try #require(reworded["diff"] as? [[String: String]])
        #expect(diff.filter { $0["op"] != "equal" }.map { $0["text"]! } == ["生机和活", "创造力和凝聚"])
    }

    @Test func statCountsPerSection() throws {
        let (old, new, _) = try versions(VersionPairs.allEdits)
        let result = try CommandRunner.run(["diff", "--stat", old, new])
        #expect(result.status == 1)
        #expect(result.stdout.contains("2.1 一、这次会议的主要收获\t2 renumbered, 1 added, 3 unchanged\n"))
        #expect(result.stdout.contains("2.5 五、提高组工干部的表达和自律能力\t2 moved, 1 split, 0 unchanged"))
    }

    @Test func foldersArePairedByName() throws {
        let (old, new, _) = try versions(VersionPairs.rewordingItem)
        let root = try CommandRunner.temporaryDirectory()
        let a = root.appendingPathComponent("a")
        let b = root.appendingPathComponent("b")
        for folder in [a, b] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(atPath: old, toPath: a.appendingPathComponent("speech.txt").path)
        try FileManager.default.copyItem(atPath: new, toPath: b.appendingPathComponent("speech.txt").path)
        try FileManager.default.copyItem(atPath: old, toPath: a.appendingPathComponent("same.txt").path)
        try FileManager.default.copyItem(atPath: old, toPath: b.appendingPathComponent("same.txt").path)
        try FileManager.default.copyItem(atPath: old, toPath: a.appendingPathComponent("gone.txt").path)
        let result = try CommandRunner.run(["diff", a.path, b.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("reworded   2.2.3"))
        #expect(result.stdout.contains("only in \(a.path): gone.txt"))
        let same = try CommandRunner.run([
            "diff", a.appendingPathComponent("same.txt").path, b.appendingPathComponent("same.txt").path,
        ])
        #expect(same.status == 0)
    }

    @Test func troubleIsExitTwoWithOneLineNamingTheFile() throws {
        let (old, _, _) = try versions { $0 }
        let missing = try CommandRunner.run(["diff", old, "/nonexistent/new.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "lectern: /nonexistent/new.txt: no such file or folder\n")
        let bad = try CommandRunner.temporaryDirectory().appendingPathComponent("bad.txt")
        try Data([0x41, 0xFF, 0xFE, 0x00, 0x81]).write(to: bad)
        let undecodable = try CommandRunner.run(["diff", old, bad.path])
        #expect(undecodable.status == 2)
        #expect(undecodable.stderr.hasPrefix("lectern: \(bad.path): "))
        #expect(undecodable.stderr.split(separator: "\n").count == 1)
        #expect(undecodable.stdout.isEmpty)
    }

    @Test func controlCharactersAndColoursStayOffAPipe() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let old = directory.appendingPathComponent("old.txt")
        let new = directory.appendingPathComponent("new.txt")
        try Data("一、加强领导\n\n二、严格纪律\n".utf8).write(to: old)
        try Data("一、加强领导\u{1B}[2J\n\n二、严格纪律\n".utf8).write(to: new)
        let result = try CommandRunner.run(["diff", old.path, new.path], environment: ["NO_COLOR": ""])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("␛"))
    }
}
