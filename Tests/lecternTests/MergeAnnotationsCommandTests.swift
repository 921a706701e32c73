import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `lectern merge-annotations` as git's merge driver, end to end: a real repository, two branches annotating and
/// editing the same sample, a merge through the built binary.
@Suite struct MergeAnnotationsCommandTests {
    /// A repository in a temporary directory; git reads no global or system configuration.
    struct Repository {
        let directory: URL

        init() throws {
            directory = try CommandRunner.temporaryDirectory()
            try git("init", "-q", "-b", "main")
        }

        var path: String { directory.appendingPathComponent("speeches.txt").path }
        var sidecar: String { AnnotationFile.sidecarPath(forSource: path) }

        @discardableResult
        func git(_ arguments: String...) throws -> CommandResult {
            let result = try CommandRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/env"),
                ["git", "-c", "user.name=Lectern Test", "-c", "user.email=test@lectern.invalid"] + arguments,
                in: directory,
                environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C"])
            #expect(result.status == 0, "git \(arguments): \(result.stderr)")
            return result
        }

        func commitAll(_ message: String) throws {
            try git("add", "-A")
            try git("commit", "-q", "-m", message)
        }

        func annotate(_ arguments: [String]) throws -> String {
            let result = try CommandRunner.run(["annotate", path] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout.trimmingCharacters(in: .newlines)
        }

        /// An edit as the reader makes one, through the annotation layer, stamped `hours` after a fixed time.
        func edit(_ id: String, hours: Double, _ change: (inout Annotation) -> Void) throws {
            var layer = try AnnotationLayer.open(try DocumentLoader.load(path: path))
            let now = Date(timeIntervalSince1970: 1_800_000_000 + hours * 3600)
            let updated = layer.update(id, now: now, change)
            #expect(updated)
            try layer.save()
        }

        func delete(_ id: String) throws {
            var layer = try AnnotationLayer.open(try DocumentLoader.load(path: path))
            let deleted = layer.delete(id)
            #expect(deleted != nil)
            try layer.save()
        }
    }

    @Test func twoBranchesAnnotationsMergeWithNothingLost() throws {
        let repository = try Repository()
        try FileManager.default.copyItem(atPath: Fixtures.samplePath, toPath: repository.path)
        try Data("*.annotations.json merge=lectern\n".utf8).write(
            to: repository.directory.appendingPathComponent(".gitattributes"))
        try repository.git(
            "config", "merge.lectern.driver", "'\(CommandRunner.executable.path)' merge-annotations %O %A %B")
        let shared = try repository.annotate(["--at", "2.4.3", "--tag", "考核", "--note", "原来的批注"])
        let doomed = try repository.annotate(["--line", "277", "--tag", "纪律"])
        try repository.commitAll("sample with two annotations")

        try repository.git("checkout", "-q", "-b", "other")
        let theirNew = try repository.annotate(["--quote", "知人识才", "--tag", "他们"])
        try repository.edit(shared, hours: 1) {
            $0.note = "他们的批注"
            $0.tags.append("他们的标签")
        }
        try repository.edit(doomed, hours: 1) { $0.status = .done }
        try repository.commitAll("the other branch")

        try repository.git("checkout", "-q", "main")
        let ourNew = try repository.annotate(["--range", "10:20", "--tag", "我们"])
        try repository.edit(shared, hours: 2) {
            $0.note = "我们的批注"
            $0.tags.append("我们的标签")
        }
        try repository.delete(doomed)
        try repository.commitAll("this branch")

        let merge = try repository.git("merge", "-q", "--no-edit", "other")
        #expect(merge.stderr.contains("deleted on this branch, edited on the other"))
        #expect(try repository.git("status", "--porcelain").stdout == "")
        let text = try String(contentsOfFile: repository.sidecar, encoding: .utf8)
        #expect(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"))

        let merged = try AnnotationCodec.decode(Array(text.utf8), path: repository.sidecar)
        #expect(merged.annotations.map(\.id) == [shared, ourNew, doomed, theirNew])
        let sharedMerged = try #require(merged.annotations.first { $0.id == shared })
        #expect(sharedMerged.note == "我们的批注")
        #expect(sharedMerged.tags == ["考核", "我们的标签", "他们的标签"])
        #expect(sharedMerged.history.map(\.field) == ["note"])
        #expect(sharedMerged.history.map(\.value) == ["他们的批注"])
        #expect(merged.annotations.first { $0.id == doomed }?.status == .done)

        let listed = try CommandRunner.run(["annotations", "--json", repository.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        let list = try #require(
            (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["annotations"]
                as? [[String: Any]])
        #expect(Set(list.compactMap { $0["id"] as? String }) == [shared, doomed, theirNew, ourNew])
    }

    @Test func anUnreadableSideFailsInOneLineAndLeavesOursAsItWas() throws {
        let directory = try CommandRunner.temporaryDirectory()
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        let ours = Data(AnnotationCodec.encode(AnnotationFile(source: nil, annotations: [])))
        try ours.write(to: URL(fileURLWithPath: path("ours")))
        try Data("{\"version\": 1,\n\"annotations\": [,]}".utf8).write(to: URL(fileURLWithPath: path("theirs")))
        try Data().write(to: URL(fileURLWithPath: path("base")))
        let result = try CommandRunner.run(["merge-annotations", path("base"), path("ours"), path("theirs")])
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix("lectern: \(path("theirs")) (the other branch's version): not valid JSON at line 2")
        )
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("ours"))) == ours)
        // Given git's %P, the message names the sidecar by its path in the repository.
        let named = try CommandRunner.run([
            "merge-annotations", path("base"), path("ours"), path("theirs"), "docs/speeches.txt.annotations.json",
        ])
        #expect(named.status == 2)
        #expect(
            named.stderr.hasPrefix(
                "lectern: docs/speeches.txt.annotations.json (the other branch's version): not valid JSON at line 2"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("ours"))) == ours)
    }
}
