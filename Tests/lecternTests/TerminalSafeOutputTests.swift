import Foundation
import LecternTestSupport
import Testing

/// A document whose file name, lines, tag and note hold every kind of `HostileText`, as a colleague's file and
/// sidecar might: every command's output for people shows placeholders, machine formats keep the data exact.
struct HostileDocument {
    static let hostile = HostileText.all
    static let shown = HostileText.shown
    static let fileName = "讲话" + hostile + ".txt"
    static let itemParagraph = "一是要坚持标准" + hostile + "。这是正文" + hostile + "。"
    static let text =
        [
            "关于考核的讲话" + hostile, "同志们：", "一、提高认识" + hostile, itemParagraph, "三、加强领导",
            "正文第二段。",
        ].joined(separator: "\n\n") + "\n"
    static let tag = "标签" + hostile
    static let note = "注释" + hostile + "\n第二行\t有制表符"

    let directory: URL
    let path: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        path = directory.appendingPathComponent(Self.fileName).path
        try Self.text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The same document annotated at 1.1.1 with the hostile tag and note.
    static func annotated() throws -> HostileDocument {
        let document = try HostileDocument()
        let result = try CommandRunner.run(["annotate", document.path, "--at", "1.1.1", "--tag", tag, "--note", note])
        #expect(result.status == 0, "\(result.stderr)")
        return document
    }
}

@Suite struct TerminalSafeOutputTests {
    let shown = HostileDocument.shown
    let shownFileName = "讲话" + HostileDocument.shown + ".txt"

    /// No raw control but `allowed` on stdout or stderr, and every `expected` text in stdout.
    func expectSafe(
        _ result: CommandResult, showing expected: [String], allowing allowed: Set<Unicode.Scalar> = ["\n", "\t"],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            HostileText.rawControls(in: result.stdout, allowing: allowed) == [], "stdout",
            sourceLocation: sourceLocation)
        #expect(HostileText.rawControls(in: result.stderr) == [], "stderr", sourceLocation: sourceLocation)
        for text in expected {
            #expect(
                result.stdout.contains(text), "missing \(text) in:\n\(result.stdout)", sourceLocation: sourceLocation)
        }
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: Output for people

    @Test func outlineAndTheDefaultCommandShowTheFileNameAndTitlesAsPlaceholders() throws {
        let document = try HostileDocument()
        let outline = try CommandRunner.run(["outline", document.path])
        expectSafe(outline, showing: [shownFileName + " (UTF-8)\n", "1.1  一、提高认识␛"])
        let notATerminal = try CommandRunner.run([document.path])  // no terminal: prints the outline
        expectSafe(notATerminal, showing: [shownFileName + " (UTF-8)\n", "1.1  一、提高认识␛"])
    }

    @Test func requirementsShowTheFileNameAsPlaceholders() throws {
        let document = try HostileDocument()
        let result = try CommandRunner.run(["requirements", document.path])
        expectSafe(result, showing: ["/" + shownFileName + ":7\t1.1.1\t一是要坚持标准␛"])
    }

    @Test func showPrintsTheFileNameAndBodyAsPlaceholders() throws {
        let document = try HostileDocument()
        let result = try CommandRunner.run(["show", document.path, "1.1.1"])
        #expect(result.status == 0)
        expectSafe(result, showing: ["/" + shownFileName + ":7  speech 1", "这是正文\(shown)。\n"])
    }

    @Test func textAndRawTextShowDocumentLinesAsPlaceholders() throws {
        let document = try HostileDocument()
        let text = try CommandRunner.run(["text", document.path])
        expectSafe(text, showing: ["\n一是要坚持标准\(shown)。这是正文\(shown)。\n"])
        let raw = try CommandRunner.run(["text", "--raw", document.path])
        expectSafe(raw, showing: ["     1   关于考核的讲话\(shown)\n", "     7   一是要坚持标准\(shown)。"])
    }

    @Test func checkShowsTheFileNameAsPlaceholders() throws {
        let document = try HostileDocument()
        let result = try CommandRunner.run(["check", document.path])
        #expect(result.status == 1)
        expectSafe(result, showing: ["/" + shownFileName + ":9: warning: missing-ordinal"])
    }

    @Test func screenShowsTheReaderWithPlaceholders() throws {
        let document = try HostileDocument()
        let result = try CommandRunner.run(["screen", document.path, "--size", "100x12"])
        #expect(result.status == 0)
        expectSafe(result, showing: ["一、提高认识␛"])
    }

    @Test func annotateOnSeveralFilesPrintsTheirNamesAsPlaceholders() throws {
        let document = try HostileDocument()
        let copy = document.directory.appendingPathComponent("副本" + HostileText.all + ".txt").path
        try FileManager.default.copyItem(atPath: document.path, toPath: copy)
        let result = try CommandRunner.run([
            "annotate", document.directory.path, "--at", "1.1.1", "--tag", HostileDocument.tag,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        expectSafe(result, showing: ["/副本\(shown).txt\t", "/" + shownFileName + "\t"])
        #expect(result.stdout.split(separator: "\n").count == 2)
    }

    @Test func annotationsListTheTagAndFileNameAsPlaceholders() throws {
        let document = try HostileDocument.annotated()
        let result = try CommandRunner.run(["annotations", document.path])
        expectSafe(result, showing: ["/" + shownFileName + ":7\t1.1.1\texact\t-\t标签\(shown)\t一是要坚持标准␛"])
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func tagsShowTheTagAsPlaceholders() throws {
        let document = try HostileDocument.annotated()
        let result = try CommandRunner.run(["tags", document.path])
        expectSafe(result, showing: ["1\t标签\(shown)\n"])
    }

    @Test func errorMessagesShowArgumentsAndFileNamesAsPlaceholders() throws {
        let document = try HostileDocument()
        let missingID = try CommandRunner.run(["show", document.path, "9.9" + HostileText.all])
        #expect(missingID.status == 1)
        #expect(
            missingID.stderr
                == "lectern: \(document.directory.path)/\(shownFileName): no requirement with id 9.9\(shown)\n")
        let missingFile = try CommandRunner.run([
            "outline", document.directory.appendingPathComponent("无" + HostileText.all).path,
        ])
        #expect(missingFile.status == 2)
        #expect(missingFile.stderr.hasSuffix("/无\(shown): no such file\n"))
        let missingQuote = try CommandRunner.run(["annotate", document.path, "--quote", "不存在" + HostileText.all])
        #expect(missingQuote.status == 1)
        #expect(missingQuote.stderr.contains("\"不存在\(shown)\""))
        // Argument parsing's usage errors quote the argument too.
        let badEncoding = try CommandRunner.run(["outline", "--encoding", "x" + HostileText.all, document.path])
        #expect(badEncoding.status == 64)
        #expect(badEncoding.stderr.hasPrefix("Error: unknown encoding 'x\(shown)'"))
        for result in [missingID, missingFile, missingQuote, badEncoding] {
            #expect(HostileText.rawControls(in: result.stderr) == [], "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    // MARK: Exports: the data kept, no raw control

    @Test func markdownExportShowsControlsAsPlaceholdersAndKeepsLines() throws {
        let document = try HostileDocument.annotated()
        let result = try CommandRunner.run(["export", document.path, "--format", "markdown"])
        expectSafe(
            result,
            showing: [
                "## \(document.directory.path)/\(shownFileName)\n", "- `标签\(shown)` · line 7\n",
                "  > 一是要坚持标准\(shown)。这是正文\(shown)。\n",
                "\n  注释\(shown)\n  第二行 有制表符\n",
            ], allowing: ["\n"])
    }

    @Test func csvExportShowsControlsAsPlaceholdersKeepingLineFeedsInFields() throws {
        let document = try HostileDocument.annotated()
        let result = try CommandRunner.run(["export", document.path, "--format", "csv"])
        // CR only in the CRLF that ends each row.
        let rows = result.stdout.components(separatedBy: "\r\n")
        #expect(rows.count == 3 && rows[2].isEmpty)
        #expect(HostileText.rawControls(in: rows.joined(), allowing: ["\n"]) == [])
        expectSafe(
            result,
            showing: [
                "\(document.directory.path)/\(shownFileName),1.1.1,",
                ",标签\(shown),\"注释\(shown)\n第二行 有制表符\",一是要坚持标准\(shown)。这是正文\(shown)。,",
            ],
            allowing: ["\n", "\r"])
    }

    @Test func jsonOutputsKeepTheExactStrings() throws {
        let document = try HostileDocument.annotated()
        let (path, tag, note) = (document.path, HostileDocument.tag, HostileDocument.note)
        var outputs: [CommandResult] = []
        func run(_ arguments: [String]) throws -> [String: Any] {
            let result = try CommandRunner.run(arguments)
            outputs.append(result)
            return try json(result.stdout)
        }
        let outline = try #require(try run(["outline", "--json", path])["documents"] as? [[String: Any]])
        #expect(outline.first?["path"] as? String == path)
        let speech = try #require((outline.first?["speeches"] as? [[String: Any]])?.first)
        let section = try #require((speech["children"] as? [[String: Any]])?.first)
        #expect((section["title"] as? String)?.hasPrefix("提高认识\u{1B}") == true)
        let requirements = try #require(try run(["requirements", "--json", path])["requirements"] as? [[String: Any]])
        #expect(requirements.map { $0["path"] as? String } == [path, path, path])
        let diagnostics = try #require(try run(["check", "--json", path])["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["path"] as? String == path)
        for listing in [["annotations", "--json", path], ["export", path, "--format", "json"]] {
            let annotation = try #require((try run(listing)["annotations"] as? [[String: Any]])?.first)
            #expect(annotation["path"] as? String == path)
            #expect(annotation["tags"] as? [String] == [tag])
            #expect(annotation["note"] as? String == note)
            #expect(annotation["quote"] as? String == HostileDocument.itemParagraph)
        }
        let tags = try #require(try run(["tags", "--json", path])["tags"] as? [[String: Any]])
        #expect(tags.first?["tag"] as? String == tag)
        let w3c = try #require(
            ((try run(["export", path, "--format", "w3c"])["first"] as? [String: Any])?["items"]
                as? [[String: Any]])?.first)
        let bodies = try #require(w3c["body"] as? [[String: Any]])
        #expect(bodies.first { $0["purpose"] as? String == "tagging" }?["value"] as? String == tag)
        #expect(bodies.first { $0["purpose"] as? String == "commenting" }?["value"] as? String == note)
        let target = try #require(w3c["target"] as? [String: Any])
        #expect(target["source"] as? String == path)
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors.last?["exact"] as? String == HostileDocument.itemParagraph)
        // Exact data, escaped: nothing a terminal could obey, even a C1 control or a bidi override.
        for result in outputs { expectSafe(result, showing: ["\\u001b]52;c;SGVsbG8=\\u0007"], allowing: ["\n"]) }
    }
}
