import Foundation
import LecternTestSupport
import Testing

/// `lectern annotations --carry OLD NEW` end to end: notes made on the sample follow onto its edited version.
@Suite struct CarryCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func annotate(_ arguments: [String]) throws -> String {
        let result = try CommandRunner.run(["annotate"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    /// The new version's annotations by the id they had in the old version.
    func carried(_ path: String) throws -> [String: [String: Any]] {
        let sidecar = try json(String(contentsOfFile: path + ".annotations.json", encoding: .utf8))
        let list = try #require(sidecar["annotations"] as? [[String: Any]])
        var result: [String: [String: Any]] = [:]
        for annotation in list {
            if let from = annotation["carriedFrom"] as? [String: Any], let id = from["id"] as? String {
                result[id] = annotation
            }
        }
        return result
    }

    func requirement(_ annotation: [String: Any]?) -> String? {
        (annotation?["target"] as? [String: Any])?["requirement"] as? String
    }

    func status(_ annotation: [String: Any]?) -> String? {
        (annotation?["anchor"] as? [String: Any])?["status"] as? String
    }

    /// The sample as the old version and `newVersion` of its text as the new one, in a fresh folder.
    func versions(_ newVersion: (String) throws -> Data) throws -> (old: String, new: String) {
        let directory = try CommandRunner.temporaryDirectory()
        let text = try VersionPairs.sampleText()
        let old = directory.appendingPathComponent("old.txt").path
        let new = directory.appendingPathComponent("new.txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: old))
        try newVersion(text).write(to: URL(fileURLWithPath: new))
        return (old, new)
    }

    @Test func carriedAnnotationsLandOnTheirRequirementsInTheNewVersion() throws {
        let (old, new) = try versions { try VersionPairs.gb18030(VersionPairs.allEdits($0)) }
        let renumbered = try annotate([old, "--at", "2.1.3", "--tag", "思路"])
        let swapped = try annotate([old, "--at", "2.2.5", "--note", "机制"])
        let moved = try annotate([old, "--at", "2.4.4", "--status", "todo"])
        let quoted = try annotate([old, "--quote", "知人识才", "--tag", "识人"])
        let reworded = try annotate([old, "--at", "2.2.3", "--tag", "创新"])
        let removed = try annotate([old, "--at", "1.4", "--tag", "整改"])
        let own = try annotate([new, "--at", "2.1.1", "--tag", "新版"])
        let oldSidecar = try Data(contentsOf: URL(fileURLWithPath: old + ".annotations.json"))

        let result = try CommandRunner.run(["annotations", "--carry", old, new])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("carried 6 of 6 annotations"))
        let byOld = try carried(new)
        #expect(requirement(byOld[renumbered]) == "2.1.4")
        #expect(status(byOld[renumbered]) == "exact")
        #expect(requirement(byOld[swapped]) == "2.2.4")
        #expect(requirement(byOld[moved]) == "2.5.1")
        #expect(status(byOld[swapped]) == "exact" && status(byOld[moved]) == "exact")
        #expect(requirement(byOld[quoted]) == "2.4.3")
        #expect(requirement(byOld[reworded]) == "2.2.3")
        #expect(status(byOld[reworded]) == "fuzzy")
        #expect(status(byOld[removed]) == "orphaned")
        #expect((byOld[renumbered]?["tags"] as? [String]) == ["思路"])
        #expect((byOld[swapped]?["note"] as? String) == "机制")
        let from = try #require(byOld[moved]?["carriedFrom"] as? [String: Any])
        #expect(from["source"] as? String == "old.txt")
        #expect(from["requirement"] as? String == "2.4.4")
        #expect(byOld[moved]?["id"] as? String != moved)

        // The old sidecar is untouched, the new one keeps its own annotation, and the reader's listing reads it.
        #expect(try Data(contentsOf: URL(fileURLWithPath: old + ".annotations.json")) == oldSidecar)
        let listed = try CommandRunner.run(["annotations", "--json", new])
        #expect(listed.status == 0)
        let ids = try #require(try json(listed.stdout)["annotations"] as? [[String: Any]]).compactMap {
            $0["id"] as? String
        }
        #expect(ids.count == 7 && ids.contains(own))

        // Carrying again adds nothing.
        let before = try Data(contentsOf: URL(fileURLWithPath: new + ".annotations.json"))
        let again = try CommandRunner.run(["annotations", "--carry", old, new])
        #expect(again.status == 0)
        #expect(again.stderr.contains("carried 0 of 6 annotations") && again.stderr.contains("6 carried before"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: new + ".annotations.json")) == before)
    }

    /// The listing's options select what is printed; with --carry they would be ignored, so they are refused and
    /// nothing is carried.
    @Test func carryRefusesTheListingsOptions() throws {
        let (old, new) = try versions { Data($0.utf8) }
        _ = try annotate([old, "--at", "2.1.3", "--tag", "思路"])
        for options in [["--json"], ["--tag", "思路"], ["--status", "todo"]] {
            let result = try CommandRunner.run(["annotations", "--carry"] + options + [old, new])
            #expect(result.status != 0, "\(options)")
            #expect(
                result.stderr.contains("--json, --tag and --status are for listing"), "\(options): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: new + ".annotations.json"), "\(options)")
        }
    }

    @Test func carryNeedsTwoFiles() throws {
        let result = try CommandRunner.run(["annotations", "--carry", Fixtures.samplePath])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--carry takes two files"))
    }
}
