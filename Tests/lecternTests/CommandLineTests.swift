import Foundation
import LecternTestSupport
import Testing

/// The command line end to end: the built binary, its output and its exit status.
@Suite struct CommandLineTests {
    let sample = Fixtures.samplePath

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func noArgumentsWorksOnTheBundledSampleFromAnyDirectory() throws {
        let result = try CommandRunner.run([], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("2.4.3  三是知人善任能力"))
    }

    @Test func outlineIndentsNodesWithIdsAndMarkers() throws {
        let result = try CommandRunner.run(["outline", sample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n    2.4.3  三是知人善任能力  [line 265]\n"))
        #expect(result.stdout.contains("\n3  这次会议是区政府决定召开的 (title inferred)  [line 309]\n"))
        let shallow = try CommandRunner.run(["outline", "--depth", "1", sample])
        #expect(!shallow.stdout.contains("2.4.3"))
        #expect(shallow.stdout.contains("2.4  四、大力加强组织部门自身建设"))
    }

    @Test func outlineJSONHasTheDocumentedFieldsUnescaped() throws {
        let result = try CommandRunner.run(["outline", "--json", sample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"title\": \"县长在干部述职评议会议上的讲话\""))
        #expect(!result.stdout.contains("\\u"))
        let root = try json(result.stdout)
        let documents = try #require(root["documents"] as? [[String: Any]])
        let speeches = try #require(documents.first?["speeches"] as? [[String: Any]])
        #expect(documents.first?["encoding"] as? String == "UTF-8")
        #expect(speeches.count == 3)
        #expect(speeches[1]["titleInferred"] as? Bool == true)
        let sections = try #require(speeches[1]["children"] as? [[String: Any]])
        let items = try #require(sections[3]["children"] as? [[String: Any]])
        #expect(items[2]["id"] as? String == "2.4.3")
        #expect(items[2]["marker"] as? String == "三是")
        #expect(items[2]["family"] as? String == "shi-item")
        #expect(items[2]["ordinal"] as? Int == 3)
        #expect(items[2]["line"] as? Int == 265)
        // Keys come in a stable, documented order.
        let idRange = try #require(result.stdout.range(of: "\"id\""))
        let childrenRange = try #require(
            result.stdout.range(of: "\"children\"", range: idRange.upperBound..<result.stdout.endIndex))
        #expect(idRange.lowerBound < childrenRange.lowerBound)
    }

    @Test func requirementsListsEveryNumberedNode() throws {
        let all = try json(try CommandRunner.run(["requirements", "--json", sample]).stdout)
        let list = try #require(all["requirements"] as? [[String: Any]])
        #expect(list.count == 38)
        #expect(list.first?["path"] as? String == sample)
        let third = try CommandRunner.run(["requirements", "--speech", "3", sample])
        #expect(third.stdout.split(separator: "\n").count == 11)
        #expect(third.stdout.contains("\t3.2.2\t二是要清楚掌握考评内容\n"))
    }

    @Test func showPrintsOneRequirementWithItsBody() throws {
        let result = try CommandRunner.run(["show", sample, "2.4.3"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("2.4.3  三是知人善任能力\n"))
        #expect(result.stdout.contains("不以小过掩大德"))
        #expect(!result.stdout.contains("四是综合表达能力"))
        let missing = try CommandRunner.run(["show", sample, "9.9"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "lectern: \(sample): no requirement with id 9.9\n")
    }

    @Test func textDropsChromeAndRawMarksIt() throws {
        let clean = try CommandRunner.run(["text", sample])
        #expect(!clean.stdout.contains("点击查看更多"))
        #expect(clean.stdout.contains("一、端正态度,自觉接受评议"))
        let raw = try CommandRunner.run(["text", "--raw", sample])
        #expect(raw.stdout.contains("    15 ✗ 点击查看更多>>    ⟨dropped: toolbar⟩\n"))
        #expect(raw.stdout.contains("    39   一、端正态度,自觉接受评议\n"))
        #expect(raw.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 407)
    }

    @Test func checkReportsTheSamplesThreeFindingsAndExitsOne() throws {
        let result = try CommandRunner.run(["check", "--warnings-only", sample])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 3)
        #expect(result.stdout.contains(":359: warning: missing-ordinal (speech 3, under 3.2): 一是 missing before 二是"))
        let jsonResult = try CommandRunner.run(["check", "--json", sample])
        let diagnostics = try #require(try json(jsonResult.stdout)["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.filter { $0["kind"] as? String == "missing-ordinal" }.count == 3)
        #expect(diagnostics.filter { $0["severity"] as? String == "info" }.count == 27)
        let gap = try #require(diagnostics.first { $0["kind"] as? String == "missing-ordinal" })
        #expect(gap["speech"] as? Int == 3)
        #expect(gap["parent"] as? String == "3.2")
        #expect(gap["line"] as? Int == 359)
    }

    @Test func checkExitsZeroOnACleanDocument() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("clean.txt")
        try "同志们：\n一、甲\n一是要这样。\n二是要那样。\n二、乙\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func badInputGetsOneLineAndStatusTwo() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let binary = directory.appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: binary)
        let result = try CommandRunner.run(["outline", binary.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "lectern: \(binary.path): not a text file (NUL byte at offset 8)\n")

        let missing = try CommandRunner.run(["outline", directory.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasSuffix("nope.txt: no such file\n"))

        let badUTF8 = directory.appendingPathComponent("bad.txt")
        try Data([0xE4, 0xB8, 0x80, 0xFF, 0x41]).write(to: badUTF8)
        let forced = try CommandRunner.run(["outline", "--encoding", "utf-8", badUTF8.path])
        #expect(forced.status == 2)
        #expect(forced.stderr.contains("not valid UTF-8 text (bad byte sequence at offset 3)"))
        #expect(forced.stderr.split(separator: "\n").count == 1)
    }

    @Test func gb18030FileGivesTheSameOutline() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        let file = directory.appendingPathComponent("gb.txt")
        try text.data(using: String.Encoding(rawValue: 0x8000_0632))!.write(to: file)
        let utf8Outline = try CommandRunner.run(["requirements", sample]).stdout.replacingOccurrences(
            of: sample, with: "F")
        let gbOutline = try CommandRunner.run(["requirements", file.path]).stdout.replacingOccurrences(
            of: file.path, with: "F")
        #expect(gbOutline == utf8Outline)
        #expect(try CommandRunner.run(["outline", file.path]).stdout.contains("(GB18030)"))
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("escape.txt")
        try "同志们：\n一、标题\u{1B}[31m红色\u{07}\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["outline", file.path])
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("一、标题␛[31m红色␇"))
    }

    @Test func theReaderNamesFilesWithoutTextInsteadOfCrashing() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let alone = try CommandRunner.run(["screen", empty.path, "--size", "40x5", "--keys", "j"])
        #expect(alone.status == 2)
        #expect(alone.stderr == "lectern: \(empty.path): no text to show (the file is empty or only page chrome)\n")
        let withSample = try CommandRunner.run(["screen", empty.path, sample, "--size", "60x5", "--keys", "j"])
        #expect(withSample.status == 0)
        #expect(withSample.stdout.contains("县长在干部述职评议会议上的讲话"))
    }

    /// `screen` opens big files as the terminal reader does (first part, then the whole) and applies the keys to
    /// the whole document; --timing says how long each took, on stderr, leaving the screen as it was.
    @Test func screenOnABigFileAppliesKeysToTheWholeAndTimesIt() throws {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("big.txt")
        try Data(Fixtures.repeatedSampleBytes(150)).write(to: file)
        let plain = try CommandRunner.run(["screen", file.path, "--size", "80x10", "--keys", "G"])
        let timed = try CommandRunner.run(["screen", file.path, "--size", "80x10", "--keys", "G", "--timing"])
        #expect(plain.status == 0 && timed.status == 0)
        #expect(plain.stdout == timed.stdout)
        #expect(plain.stdout.contains("100%  ? help"))
        #expect(plain.stdout.split(separator: "\n").last?.contains("│ 450 › ") == true)
        #expect(plain.stderr.isEmpty)
        #expect(
            timed.stderr.contains(
                /^lectern: first screen \d+\.\d{3} s, whole documents ready \d+\.\d{3} s, keys \d+\.\d{3} s\n$/))
    }

    @Test func everyCommandHasHelp() throws {
        for command in ["outline", "requirements", "show", "text", "check"] {
            let result = try CommandRunner.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE"))
        }
    }
}
