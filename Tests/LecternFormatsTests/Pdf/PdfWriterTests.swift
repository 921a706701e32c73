import Foundation
import LecternTestSupport
import Testing

/// The test-support PDF writer against the real poppler tools: what it draws, pdftotext gives back exactly. The
/// tools must be installed (CI installs poppler-utils); a missing one fails these tests rather than skip them.
@Suite struct PdfWriterTests {
    static let speech = """
        关于深化基层治理工作的讲话
        （二〇二六年四月八日）

        同志们：
        这次会议是经市委同意召开的，主要任务是回顾近年来基层治理工作，研究部署下一阶段重点任务。
        一、认清形势，增强做好基层治理工作的责任感
        近年来，各级各部门围绕群众关心的急事难事，下了不少功夫。一是网格管理逐步健全，二是矛盾纠纷就地化解，三是公共服务向村社延伸。
        （一）治理体系更加完善。全市建成综合服务站312个，覆盖率达到96.5%，比上年提高4个百分点。
        1. 制度建设有新进展。
        我们修订了议事规则，明确了村社组织、驻村干部和志愿者各自的职责，做到事有人管、责有人担。

        二、突出重点，推动基层治理工作取得新成效
        各地要结合实际，抓住关键环节，把各项任务落到实处，确保年底前见到明显效果。
        """

    /// A poppler tool on PATH (or in /usr/bin), or a failure naming the package to install.
    static func tool(_ name: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ToolMissing(name: name)
    }

    struct ToolMissing: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not installed; these tests need it (apt-get install poppler-utils)" }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(executable: Self.tool(tool), arguments)
    }

    /// pdftotext's text (UTF-8, to stdout) in `mode`: "" for the default reading order, "-raw", "-layout".
    static func pdftotext(_ pdf: Data, mode: String = "-raw") throws -> String {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("test.pdf")
        try pdf.write(to: file)
        let result = try run("pdftotext", ["-enc", "UTF-8"] + (mode.isEmpty ? [] : [mode]) + [file.path, "-"])
        #expect(result.status == 0, "pdftotext: \(result.stderr)")
        return result.stdout
    }

    @Test func chineseTextComesBackExactly() throws {
        let lines = [
            "同志们：", "一、统一思想，（一）提高认识；1. 一是……二是……", "全年投资120亿元，增长8.5%。",
            "Mixed 中英 text, «Latin-1» café", "第3页 共12页",
        ]
        var writer = PdfWriter()
        writer.addPage(lines.enumerated().map { PdfTextLine($1, x: 72, y: 760 - Double($0) * 30) })
        let expected = lines.joined(separator: "\n") + "\n\u{0C}"
        #expect(try Self.pdftotext(writer.data(), mode: "-raw") == expected)
        // The default reading order gives the same lines: one block, closed by a blank line.
        #expect(try Self.pdftotext(writer.data(), mode: "") == lines.joined(separator: "\n") + "\n\n\u{0C}")
    }

    @Test func charactersBeyondTheBasicPlaneBecomeReplacementCharacters() throws {
        var writer = PdfWriter()
        writer.addPage([PdfTextLine("古籍𠀋字", x: 72, y: 760)])
        #expect(try Self.pdftotext(writer.data()) == "古籍\u{FFFD}字\n\u{0C}")
    }

    @Test func aLaidOutDocumentComesBackPageByPage() throws {
        for style in PdfPageNumberStyle.allCases {
            var layout = PdfPageLayout()
            layout.linesPerPage = 6
            layout.centredLines = 2
            layout.runningHeader = "基层治理工作讲话"
            layout.pageNumbers = style
            let result = layout.render(Self.speech)
            #expect(result.pageCount > 3)
            // -raw gives the lines in the order drawn: header, body, page number; each page ends in a form feed.
            let pages = try Self.pdftotext(result.data).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            #expect(pages.count == result.pageCount + 1 && pages.last == "")
            for (index, page) in pages.dropLast().enumerated() {
                let drawn = result.lines.filter { $0.page == index + 1 }.map(\.text)
                #expect(page.split(separator: "\n").map(String.init) == drawn, "page \(index + 1), \(style)")
            }
        }
    }

    @Test func theBodyTextIsTheSourceTextRewrapped() throws {
        let result = PdfPageLayout().render(String(repeating: Self.speech + "\n", count: 2))
        let body = result.lines.filter { $0.kind == .body }.map(\.text).joined()
        #expect(body == String(repeating: Self.speech.split(separator: "\n").joined(), count: 2))
        let pages = (1...result.pageCount).map { result.body(page: $0).joined() + "— \($0) —\u{0C}" }
        #expect(try Self.pdftotext(result.data).replacingOccurrences(of: "\n", with: "") == pages.joined())
    }

    @Test func letterSpacedLinesComeBackWithSpacesBetweenCharacters() throws {
        // What a producer's letter spacing does to extraction, for reflow tests to reproduce: half an em apart,
        // every character stands alone in every mode.
        var writer = PdfWriter()
        writer.addPage([PdfTextLine("抓好落实2026", x: 72, y: 760, characterSpacing: 8)])
        for mode in ["", "-raw", "-layout"] {
            let line = try Self.pdftotext(writer.data(), mode: mode).split(separator: "\n").first
            #expect(line == "抓 好 落 实 2 0 2 6", "mode \(mode)")
        }
    }

    @Test func aScannedPageHasNoText() throws {
        var writer = PdfWriter()
        writer.addScannedPage()
        writer.addBlankPage()
        for mode in ["", "-raw", "-layout"] {
            let text = try Self.pdftotext(writer.data(), mode: mode)
            #expect(text.filter { $0 == "\u{0C}" }.count == 2)
            #expect(text.allSatisfy { $0.isWhitespace }, "mode \(mode): \(text.debugDescription)")
        }
    }

    @Test func pdfinfoAcceptsTheFiles() throws {
        var layout = PdfPageLayout()
        layout.runningHeader = "基层治理工作讲话"
        let result = layout.render(String(repeating: Self.speech + "\n", count: 3), title: "关于深化基层治理工作的讲话")
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("speech.pdf")
        try result.data.write(to: file)
        let info = try Self.run("pdfinfo", [file.path])
        #expect(info.status == 0)
        #expect(info.stderr == "", "pdfinfo complains: \(info.stderr)")
        let fields = Dictionary(
            info.stdout.split(separator: "\n").compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }, uniquingKeysWith: { first, _ in first })
        #expect(fields["Title"] == "关于深化基层治理工作的讲话")
        #expect(fields["Pages"] == String(result.pageCount))
        #expect(fields["Page size"] == "595 x 842 pts (A4)")
        #expect(fields["PDF version"] == "1.4")
        #expect(fields["Encrypted"] == "no")
        // pdftotext reads it without a warning either (a broken xref table makes poppler reconstruct and say so).
        let text = try Self.run("pdftotext", ["-enc", "UTF-8", file.path, "-"])
        #expect(text.status == 0 && text.stderr == "")
    }

    @Test func theCrossReferenceTablePointsAtEachObject() throws {
        var writer = PdfWriter()
        writer.title = "目录测试"
        writer.addPage([PdfTextLine("第一页", x: 72, y: 760)])
        writer.addBlankPage()
        let bytes = [UInt8](writer.data())
        let tail = String(decoding: bytes.suffix(40), as: UTF8.self).split(separator: "\n")
        let xref = try #require(Int(tail[tail.count - 2]))  // startxref's value, before %%EOF
        // From the table on the file is ASCII (the header's second line is not).
        let entries = String(decoding: bytes[xref...], as: UTF8.self).split(separator: "\n")
        #expect(entries[0] == "xref")
        let count = try #require(Int(entries[1].split(separator: " ")[1]))
        for object in 1..<count {
            let entry = entries[2 + object]
            #expect(entry.utf8.count == 19)  // and the line feed: 20 bytes
            let offset = try #require(Int(entry.prefix(10)))
            let head = Array("\(object) 0 obj\n".utf8)
            #expect(Array(bytes[offset..<offset + head.count]) == head, "object \(object)")
        }
    }

    @Test func theEncryptedFixtureNeedsItsPassword() throws {
        let fixture = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/pdf/encrypted.pdf").path
        let locked = try Self.run("pdftotext", ["-enc", "UTF-8", fixture, "-"])
        #expect(locked.status == 1)
        #expect(locked.stdout == "")
        #expect(locked.stderr.contains("Incorrect password"))
        let opened = try Self.run("pdftotext", ["-enc", "UTF-8", "-upw", "secret", fixture, "-"])
        #expect(opened.status == 0)
        #expect(opened.stdout.contains("同志们："))
    }
}

/// The official-document layout alone, without the tools.
@Suite struct PdfWriterLayoutTests {
    @Test func paragraphsWrapAtTheLineWidthWithTheFirstLineIndented() {
        var layout = PdfPageLayout()
        layout.charactersPerLine = 10
        layout.pageNumbers = .none
        // 8 characters fill an indented first line, 10 a full one; ASCII counts a half.
        let result = layout.render("一二三四五六七八九十一二三四五六七八九十\nabcdefghijklmnopqrst中文")
        #expect(
            result.body(page: 1) == [
                "一二三四五六七八", "九十一二三四五六七八", "九十",
                "abcdefghijklmnop", "qrst中文",
            ])
    }

    @Test func closingPunctuationHangsRatherThanBeginALine() {
        var layout = PdfPageLayout()
        layout.charactersPerLine = 6
        let result = layout.render("一二三四。五六七八九十")
        #expect(result.body(page: 1) == ["一二三四。", "五六七八九十"])
    }

    @Test func aBlankLineLeavesOneEmptyLineButNeverAtAPageTop() {
        var layout = PdfPageLayout()
        layout.linesPerPage = 3
        let result = layout.render("甲\n\n\n乙\n丙\n\n丁")
        // 甲, empty, 乙 | 丙, empty, 丁: the second blank falls mid-page and stays.
        #expect(result.body(page: 1) == ["甲", "乙"])
        #expect(result.body(page: 2) == ["丙", "丁"])
        var tight = layout
        tight.linesPerPage = 2
        // 甲, empty | 乙, 丙 | (empty dropped at the top) 丁
        #expect(tight.render("甲\n\n乙\n丙\n\n丁").body(page: 3) == ["丁"])
    }

    @Test func theHeaderRunsFromPageTwoAndPageNumbersCountAllPages() {
        var layout = PdfPageLayout()
        layout.linesPerPage = 1
        layout.runningHeader = "简称"
        layout.pageNumbers = .chinese
        let result = layout.render("甲\n乙\n丙")
        #expect(result.lines.map(\.text) == ["甲", "第1页 共3页", "简称", "乙", "第2页 共3页", "简称", "丙", "第3页 共3页"])
        #expect(PdfPageNumberStyle.emDashes.text(page: 3, of: 12) == "— 3 —")
        #expect(PdfPageNumberStyle.hyphens.text(page: 3, of: 12) == "-3-")
        #expect(PdfPageNumberStyle.fraction.text(page: 3, of: 12) == "3/12")
    }
}
