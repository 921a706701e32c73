import Foundation
import LecternTestSupport
import Testing

/// `annotate`, `annotations`, `export` and `tags` end to end, on a copy of the sample in a temporary directory.
@Suite struct AnnotationCommandTests {
    func copyOfSample() throws -> (directory: URL, path: String) {
        let directory = try CommandRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("speeches.txt").path
        try FileManager.default.copyItem(atPath: Fixtures.samplePath, toPath: path)
        return (directory, path)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func annotate(_ arguments: [String]) throws -> String {
        let result = try CommandRunner.run(["annotate"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let id = result.stdout.trimmingCharacters(in: .newlines)
        #expect(UUID(uuidString: id) != nil, "not an id: \(result.stdout)")
        return id
    }

    @Test func annotateEveryWayThenListAsJSON() throws {
        let (directory, path) = try copyOfSample()
        let byID = try annotate([
            path, "--at", "2.4.3", "--tag", "考核", "--tag", "选人用人", "--note", "第一行\n第二行", "--status", "todo",
        ])
        let byLine = try annotate([path, "--line", "277", "--tag", "纪律"])
        let byQuote = try annotate([path, "--quote", "知人识才", "--occurrence", "2", "--tag", "纪律", "--status", "done"])
        let byRange = try annotate([path, "--range", "10:20", "--color", "yellow"])
        #expect(
            FileManager.default.fileExists(
                atPath: directory.appendingPathComponent("speeches.txt.annotations.json").path))
        let listed = try CommandRunner.run(["annotations", "--json", path])
        #expect(listed.status == 0)
        #expect(!listed.stdout.contains("\\u"))
        let list = try #require(try json(listed.stdout)["annotations"] as? [[String: Any]])
        #expect(Set(list.compactMap { $0["id"] as? String }) == [byID, byLine, byQuote, byRange])
        let requirement = try #require(list.first { $0["id"] as? String == byID })
        #expect(requirement["path"] as? String == path)
        #expect(requirement["tags"] as? [String] == ["考核", "选人用人"])
        #expect(requirement["note"] as? String == "第一行\n第二行")
        #expect(requirement["status"] as? String == "todo")
        #expect(requirement["requirement"] as? String == "2.4.3")
        #expect(requirement["quote"] as? String == "三是知人善任能力。")
        let anchor = try #require(requirement["anchor"] as? [String: Any])
        #expect(anchor["status"] as? String == "exact")
        #expect(anchor["start"] is Int && anchor["end"] is Int)
        let line = try #require(list.first { $0["id"] as? String == byLine })
        #expect((line["quote"] as? String)?.contains("不以小过掩大德") == true)
        #expect(line["requirement"] as? String == "2.4.3")
        let quote = try #require(list.first { $0["id"] as? String == byQuote })
        #expect(quote["quote"] as? String == "知人识才")
        let range = try #require(list.first { $0["id"] as? String == byRange })
        #expect(range["anchor"].flatMap { $0 as? [String: Any] }?["start"] as? Int == 10)
        // Filters.
        let tagged = try json(try CommandRunner.run(["annotations", "--json", "--tag", "纪律", path]).stdout)
        #expect((tagged["annotations"] as? [[String: Any]])?.count == 2)
        let done = try json(try CommandRunner.run(["annotations", "--json", "--status", "done", path]).stdout)
        #expect((done["annotations"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [byQuote])
        // Plain text: one tab-separated line each.
        let text = try CommandRunner.run(["annotations", path])
        #expect(text.stdout.split(separator: "\n").count == 4)
        #expect(text.stdout.contains("\(path):265\t2.4.3\texact\ttodo\t考核,选人用人\t三是知人善任能力。\t\(byID)\n"))
    }

    @Test func tagsAndExportsInEveryFormat() throws {
        let (_, path) = try copyOfSample()
        _ = try annotate([
            path, "--at", "2.4.3", "--tag", "纪律", "--tag", "考核", "--note", "要落实, \"马上\"办", "--status", "doing",
        ])
        _ = try annotate([path, "--line", "277", "--tag", "纪律"])
        let tags = try CommandRunner.run(["tags", path])
        #expect(tags.stdout == "2\t纪律\n1\t考核\n")
        let markdown = try CommandRunner.run(["export", path, "--format", "markdown"]).stdout
        #expect(markdown.contains("### 2.4.3 三是知人善任能力"))
        #expect(markdown.contains("`纪律` `考核` · **doing**"))
        #expect(markdown.contains("  > 三是知人善任能力。"))
        let csv = try CommandRunner.run(["export", path, "--format", "csv"]).stdout
        let rows = csv.components(separatedBy: "\r\n")
        #expect(
            rows[0]
                == "path,requirement,requirement_title,line,start,end,anchor,status,tags,note,quote,color,id,created,modified"
        )
        #expect(rows[1].contains(",2.4.3,三是知人善任能力,265,"))
        #expect(rows[1].contains(",exact,doing,纪律; 考核,\"要落实, \"\"马上\"\"办\",三是知人善任能力。,"))
        let w3c = try json(try CommandRunner.run(["export", path, "--format", "w3c"]).stdout)
        #expect(w3c["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(w3c["type"] as? String == "AnnotationCollection")
        let items = try #require((w3c["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 2)
        let target = try #require(items[0]["target"] as? [String: Any])
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors.map { $0["type"] as? String } == ["TextPositionSelector", "TextQuoteSelector"])
        #expect(selectors[1]["exact"] as? String == "三是知人善任能力。")
        let bodies = try #require(items[0]["body"] as? [[String: Any]])
        #expect(bodies.contains { $0["purpose"] as? String == "tagging" && $0["value"] as? String == "纪律" })
        #expect(bodies.contains { $0["purpose"] as? String == "commenting" })
        let exported = try json(try CommandRunner.run(["export", path, "--format", "json"]).stdout)
        #expect((exported["annotations"] as? [[String: Any]])?.count == 2)
    }

    @Test func badTargetsAndBrokenSidecars() throws {
        let (directory, path) = try copyOfSample()
        let missing = try CommandRunner.run(["annotate", path, "--at", "9.9"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "lectern: \(path): no requirement with id 9.9\n")
        let two = try CommandRunner.run(["annotate", path, "--at", "2.4.3", "--line", "3"])
        #expect(two.status != 0)
        let sidecar = directory.appendingPathComponent("speeches.txt.annotations.json")
        let broken = Data("{\"version\": 1,\n  \"annotations\": [,]}\n".utf8)
        try broken.write(to: sidecar)
        let refused = try CommandRunner.run(["annotate", path, "--at", "2.4.3"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("\(sidecar.path): not valid JSON at line 2, column 19"))
        #expect(try Data(contentsOf: sidecar) == broken)
        let listing = try CommandRunner.run(["annotations", path])
        #expect(listing.status == 2)
        #expect(try Data(contentsOf: sidecar) == broken)
        let fresh = try CommandRunner.run(["annotate", path, "--at", "2.4.3", "--back-up-unreadable"])
        #expect(fresh.status == 0)
        let backups = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.contains(".broken-")
        }
        #expect(backups.count == 1)
        #expect(try Data(contentsOf: directory.appendingPathComponent(backups[0])) == broken)
    }

    @Test func processesAnnotatingAtOnceLoseNothing() throws {
        let (_, path) = try copyOfSample()
        for round in 0..<3 {
            let processes = try (0..<6).map { n -> (Process, Pipe) in
                let process = Process()
                process.executableURL = CommandRunner.executable
                process.arguments = ["annotate", path, "--line", "277", "--tag", "r\(round)p\(n)"]
                let out = Pipe()
                process.standardOutput = out
                process.standardError = FileHandle.nullDevice
                try process.run()
                return (process, out)
            }
            for (process, _) in processes {
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            _ = processes.map { $0.1.fileHandleForReading.readDataToEndOfFile() }
        }
        let list =
            try json(try CommandRunner.run(["annotations", "--json", path]).stdout)["annotations"] as? [[String: Any]]
        #expect(list?.count == 18)
        let tags = try CommandRunner.run(["tags", path]).stdout.split(separator: "\n")
        #expect(tags.count == 18)
    }

    @Test func killedMidSaveTheSidecarAlwaysParsesAndNothingSavedIsLost() throws {
        let (directory, path) = try copyOfSample()
        let sidecar = directory.appendingPathComponent("speeches.txt.annotations.json")
        _ = try annotate([path, "--at", "2.4.3", "--tag", "seed"])
        // Make every save write a large file (3,000 annotations) so kills land while writing.
        var root = try json(String(decoding: try Data(contentsOf: sidecar), as: UTF8.self))
        let seed = try #require((root["annotations"] as? [[String: Any]])?.first)
        root["annotations"] =
            [seed]
            + (0..<3000).map { n -> [String: Any] in
                var copy = seed
                copy["id"] = "bulk-\(n)"
                return copy
            }
        try JSONSerialization.data(withJSONObject: root).write(to: sidecar)
        var saved: [String] = []
        var killed = 0
        // The kill delays are drawn from a seeded generator, named in every failure message.
        var random = SeededRandom(defaultSeed: 20_240_610)
        for iteration in 0..<40 {
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["annotate", path, "--line", "277", "--tag", "k\(iteration)"]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...400_000, using: &random))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if process.terminationReason == .exit, process.terminationStatus == 0 {
                saved.append(printed.trimmingCharacters(in: .newlines))
            }
            let contents = try Data(contentsOf: sidecar)
            let parsed = try JSONSerialization.jsonObject(with: contents) as? [String: Any]
            let ids = Set(((parsed?["annotations"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
            #expect(ids.count >= 3001, "iteration \(iteration), \(random.replay): \(ids.count) annotations")
            #expect(
                Set(saved).isSubset(of: ids), "iteration \(iteration), \(random.replay): a saved annotation is missing")
        }
        #expect(killed > 0, "\(random.replay)")
        // A normal run afterwards cleans up whatever the killed ones left (lock, temp files).
        saved.append(try annotate([path, "--line", "277", "--tag", "final"]))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["speeches.txt", "speeches.txt.annotations.json"], "\(random.replay)")
        let final =
            try json(try CommandRunner.run(["annotations", "--json", path]).stdout)["annotations"] as? [[String: Any]]
        #expect(Set(saved).isSubset(of: Set((final ?? []).compactMap { $0["id"] as? String })), "\(random.replay)")
    }
}
