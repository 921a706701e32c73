import Foundation
import LecternCore
import LecternTestSupport
import Testing

@testable import LecternFormats

@Suite struct DocumentOpenerTests {
    @Test func foldersExpandToTheirDocumentsSortedByName() throws {
        let folder = try CommandRunner.temporaryDirectory()
        for name in ["b.txt", "a.md", "c.docx", "notes.pdf", "sheet.xlsx", "10.txt", "2.txt"] {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
        }
        let files = try DocumentOpener.expand([folder.path]).map { ($0 as NSString).lastPathComponent }
        #expect(files == ["2.txt", "10.txt", "a.md", "b.txt", "c.docx", "notes.pdf"])
    }

    /// A plain text file from the mapped size is mapped when opened alone or with a folder's thousands, and read
    /// when opened with more files than a process should hold mappings for.
    @Test func filesPastTheMappedCountAreRead() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("speech.txt")
        let paragraph = Array("一、严格考核标准。要逐项对账，逐条销号。\n\n".utf8)
        try Data((0...(DocumentLoader.smallestMappedFile / paragraph.count)).flatMap { _ in paragraph }).write(to: path)
        #expect(try DocumentOpener.open(path.path).text.utf8.isMapped)
        #expect(try DocumentOpener.open(path.path, amongFiles: DocumentLoader.mostMappedFiles).text.utf8.isMapped)
        let read = try DocumentOpener.open(path.path, amongFiles: DocumentLoader.mostMappedFiles + 1)
        #expect(!read.text.utf8.isMapped)
        #expect(read.nodes.count == (try DocumentOpener.open(path.path)).nodes.count)
    }

    @Test func oleFilesThatAreNotWordGetAOneLineReason() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let doc = folder.appendingPathComponent("old.doc")
        try Data(LegacyOfficeFile.signature + [0, 0, 0, 0]).write(to: doc)
        do {
            _ = try DocumentOpener.open(doc.path)
            Issue.record("an OLE file with no WordDocument stream should not open")
        } catch {
            #expect(
                error.reason == "an Office file but not a Word document; Lectern reads .doc, .docx and .wps documents")
        }
    }

    @Test func markdownHeadingsAreRecognized() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("speech.md")
        try "# 某某在会议上的讲话\n\n同志们：\n\n## 一、总体要求\n\n### （一）指导思想\n".write(to: file, atomically: true, encoding: .utf8)
        let document = try DocumentOpener.open(file.path)
        #expect(document.speeches.first?.title == "某某在会议上的讲话")
        #expect(document.nodeSummary == ["1.1 一、总体要求", "1.1.1 （一）指导思想"])
    }
}

/// The first part of a big file, which the reader shows while the whole loads.
@Suite struct LeadingPartOpeningTests {
    /// The sample repeated to `copies` times its size, in a file of a fresh folder.
    func repeatedSample(_ copies: Int, name: String = "big.txt", bytes: [UInt8]? = nil) throws -> String {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent(name).path
        let sample = try bytes ?? Fixtures.sampleBytes()
        try Data(Array([[UInt8]](repeating: sample, count: copies).joined())).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theFirstPartStartsLikeTheWholeDocument() throws {
        let path = try repeatedSample(6)
        let part = try #require(DocumentOpener.openLeadingPart(path, limit: 40_000, minimumSize: 100_000))
        let whole = try DocumentOpener.open(path)
        #expect(part.path == path)
        #expect(part.text.utf8.count > 40_000 && part.text.utf8.count < 45_000)
        #expect(whole.text.utf8.starts(with: part.text.utf8))
        // The first copy's speeches and numbered nodes are the same in both, at the same places (the chrome
        // between copies is judged by what lies around it, so its edge is left out).
        let firstSpeeches = whole.speeches[1].paragraphRange.upperBound
        #expect(part.paragraphs.prefix(firstSpeeches).elementsEqual(whole.paragraphs.prefix(firstSpeeches)))
        let nodes = whole.nodes.prefix { $0.speech <= 3 }.count
        #expect(part.nodeSummary.prefix(nodes).elementsEqual(whole.nodeSummary.prefix(nodes)))
        #expect(part.nodes.prefix(nodes).map(\.line).elementsEqual(whole.nodes.prefix(nodes).map(\.line)))
        #expect(part.speeches.prefix(3).map(\.title) == whole.speeches.prefix(3).map(\.title))
    }

    @Test func smallFilesWordFilesAndUndecodableStartsHaveNoFirstPart() throws {
        let small = try repeatedSample(2)
        #expect(DocumentOpener.openLeadingPart(small, limit: 40_000, minimumSize: 100_000) == nil)
        let docx = try repeatedSample(6, name: "big.docx")
        #expect(DocumentOpener.openLeadingPart(docx, limit: 40_000, minimumSize: 100_000) == nil)
        let binary = try repeatedSample(
            6, name: "binary.txt", bytes: [0, 1, 2, 0x0A] + Array(repeating: 0x41, count: 40_000))
        #expect(DocumentOpener.openLeadingPart(binary, limit: 40_000, minimumSize: 100_000) == nil)
        #expect(DocumentOpener.openLeadingPart("/no/such/file.txt") == nil)
    }

    @Test func gb18030AndMarkdownFilesHaveOne() throws {
        let whole = try TextDecoder.decode(Fixtures.sampleBytes()).string
        let gb18030 = Array(whole.data(using: String.Encoding(rawValue: 0x8000_0632))!)
        let path = try repeatedSample(6, bytes: gb18030)
        let part = try #require(DocumentOpener.openLeadingPart(path, limit: 40_000, minimumSize: 100_000))
        #expect(part.encoding == .gb18030)
        #expect(part.speeches.first?.title == (try Fixtures.sample()).speeches.first?.title)
        let markdown = try repeatedSample(6, name: "big.md", bytes: Array(("# 标题\n\n" + whole).utf8))
        let mdPart = try #require(DocumentOpener.openLeadingPart(markdown, limit: 40_000, minimumSize: 100_000))
        #expect(!mdPart.text.string.hasPrefix("#"))
    }
}

@Suite struct ReadingOpeningTests {
    /// A folder with a big file (over 4 MB), a small one and an empty one: the big one is shown as its first
    /// part and loaded whole later, the small one whole at once, the empty one left out with a notice.
    @Test func bigFilesAreStagedAndSmallOnesOpenedWhole() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let sample = try Fixtures.sampleBytes()
        try Data(Fixtures.repeatedSampleBytes(150)).write(to: folder.appendingPathComponent("1-big.txt"))
        try Data(sample).write(to: folder.appendingPathComponent("2-small.txt"))
        try Data().write(to: folder.appendingPathComponent("3-empty.txt"))
        // Everything is read now but the big file's tail (by default its first part would be all that is).
        let opening = try DocumentOpener.openForReading(paths: [folder.path], treeRowsWanted: .max, readAtMost: 1 << 30)
        #expect(opening.shown.map { ($0.path as NSString).lastPathComponent } == ["1-big.txt", "2-small.txt"])
        #expect(opening.firstParts == [0])
        #expect(opening.shown[0].text.utf8.count < 600_000)
        #expect(
            opening.notices.count == 1
                && opening.notices[0].hasSuffix("3-empty.txt: no text to show (the file is empty or only page chrome)"))
        let loadWhole = try #require(opening.loadWhole)
        let whole = try loadWhole().get()
        #expect(whole.count == 2)
        #expect(whole[0].speeches.count == 450)
        #expect(whole[1].text.utf8.count == opening.shown[1].text.utf8.count)
    }

    @Test func aBigFileUnreadablePastItsFirstPartFailsWhenLoadedWhole() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("broken.txt").path
        let text = try Fixtures.repeatedSampleBytes(150)
        try Data(text + [0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        let opening = try DocumentOpener.openForReading(paths: [path])
        #expect(opening.firstParts == [0])
        let loadWhole = try #require(opening.loadWhole)
        let outcome = loadWhole()
        guard case .failure(let error) = outcome else {
            Issue.record("the whole file should not load")
            return
        }
        #expect(error.description.hasPrefix(path + ": "))
    }

    /// Files are read before the first screen until their outlines fill more tree rows than a screen has (stand-ins
    /// on the first screen would hide the preview), and no further.
    @Test func smallFilesAreReadUntilTheTreeIsFull() throws {
        let folder = try CommandRunner.temporaryDirectory()
        for k in 1...150 {
            let text = "第\(k)次会议的讲话\n\n一、统一思想\n\n会议强调要统一思想。\n\n二、狠抓落实\n\n会议要求狠抓落实。\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(k).txt"))
        }
        let opening = try DocumentOpener.openForReading(paths: [folder.path])
        let read = opening.shown.indices.filter { !opening.standIns.contains($0) }.map { opening.shown[$0] }
        let rows = read.reduce(0) { $0 + 1 + $1.speeches.count + $1.nodes.count }
        #expect(rows >= 200 && rows < 210)
        #expect(opening.standIns.count == 150 - read.count && !opening.standIns.isEmpty)
    }

    /// Past `readAtMost` bytes a folder's files are stand-ins, read by `loadWhole`: one with no text comes back
    /// empty (the reader leaves it out and says so), one that cannot be read fails the load with its line.
    @Test func aFolderPastWhatIsReadNowHasStandIns() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let sample = try Fixtures.sampleBytes()
        try Data().write(to: folder.appendingPathComponent("0-empty.txt"))
        try Data(sample).write(to: folder.appendingPathComponent("1.txt"))
        try Data(sample).write(to: folder.appendingPathComponent("2.txt"))
        try Data().write(to: folder.appendingPathComponent("3-empty.txt"))
        let opening = try DocumentOpener.openForReading(paths: [folder.path], readAtMost: 1)
        #expect(opening.shown.map { ($0.path as NSString).lastPathComponent } == ["1.txt", "2.txt", "3-empty.txt"])
        #expect(opening.standIns == [1, 2] && opening.firstParts.isEmpty)
        #expect(opening.shown[1].paragraphs.count == 1 && opening.shown[0].paragraphs.count > 1)
        #expect(
            opening.notices.count == 1
                && opening.notices[0].hasSuffix("0-empty.txt: no text to show (the file is empty or only page chrome)"))
        let loadWhole = try #require(opening.loadWhole)
        let whole = try loadWhole().get()
        #expect(
            whole.map(\.paragraphs.count) == [opening.shown[0].paragraphs.count, opening.shown[0].paragraphs.count, 0])

        let broken = folder.appendingPathComponent("4-broken.txt")
        try Data(sample + [0, 0x0A]).write(to: broken)
        let expected: String
        do {
            _ = try DocumentOpener.open(broken.path)
            Issue.record("the broken file should not open")
            return
        } catch {
            expected = error.description
        }
        let failing = try DocumentOpener.openForReading(paths: [folder.path], readAtMost: 1)
        let loadFailing = try #require(failing.loadWhole)
        let outcome = loadFailing()
        guard case .failure(let error) = outcome else {
            Issue.record("the load should fail")
            return
        }
        #expect(error.description == expected)
        // Read at once, the same file fails the opening with the same line.
        do {
            _ = try DocumentOpener.openForReading(paths: [folder.path])
            Issue.record("the opening should fail")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func smallFilesNeedNoLaterLoad() throws {
        let opening = try DocumentOpener.openForReading(paths: [Fixtures.samplePath])
        #expect(opening.loadWhole == nil)
        #expect(opening.firstParts.isEmpty && opening.shown.count == 1)
    }
}
