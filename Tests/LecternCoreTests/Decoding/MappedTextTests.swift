import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// A big plain UTF-8 file is mapped rather than read; whatever needs decoding is read as before. Either way the
/// document must be the one the read bytes give.
@Suite struct MappedTextTests {
    /// Writes `bytes` to a fresh file and returns its path.
    func file(_ bytes: [UInt8], name: String = "speech.txt") throws -> String {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The document of the mapped file (every file counts as big here) and of its bytes read and decoded.
    func mappedAndRead(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws -> (
        mapped: DecodedText?, read: DecodedText
    ) {
        let path = try file(bytes)
        return (
            try DocumentLoader.mappedText(path: path, encoding: encoding, smallest: 1),
            try TextDecoder.decode(bytes, forcing: encoding)
        )
    }

    @Test func plainUTF8KeepsTheMappingAndGivesTheSameDocument() throws {
        let bytes = try Fixtures.repeatedSampleBytes(3)
        let (mapped, read) = try mappedAndRead(bytes)
        let text = try #require(mapped)
        #expect(text.utf8.isMapped)
        #expect(text.utf8 == read.utf8)
        #expect(text.encoding == read.encoding)
        #expect(text.lineEnding == read.lineEnding)
        let fromMapping = DocumentParser.parse(text, path: "x")
        let fromBytes = DocumentParser.parse(read, path: "x")
        #expect(fromMapping.lines == fromBytes.lines)
        #expect(fromMapping.paragraphs == fromBytes.paragraphs)
        #expect(fromMapping.speeches == fromBytes.speeches)
        #expect(fromMapping.nodes == fromBytes.nodes)
        #expect(OutlineText.outline(fromMapping) == OutlineText.outline(fromBytes))
        #expect(SHA256.hex(text.utf8) == SHA256.hex(bytes))
    }

    /// CRLF, a BOM, GB18030, UTF-16, a binary and a file of controls with no NUL need decoding (or fail it): they
    /// are left to be read, and loading them gives what reading gives.
    @Test(arguments: ["crlf", "bom", "gb18030", "utf16", "binary", "controls"])
    func textThatNeedsDecodingIsLeftToBeRead(kind: String) throws {
        let plain = "关于加强作风建设的讲话\n同志们：\n一、提高认识\n要把纪律挺在前面。\n"
        let bytes: [UInt8] =
            switch kind {
            case "crlf": Array(plain.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case "bom": [0xEF, 0xBB, 0xBF] + Array(plain.utf8)
            case "gb18030": Array(VersionPairs.gb18030(plain))
            case "utf16": [0xFF, 0xFE] + plain.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case "controls": Array(plain.utf8) + Array(repeating: [1, 2, 7, 0x1F], count: 20).flatMap { $0 }
            default: Array(plain.utf8) + [0, 1, 2, 0, 0, 7] + Array(repeating: 0, count: 64)
            }
        let path = try file(bytes)
        #expect(try DocumentLoader.mappedText(path: path, encoding: nil, smallest: 1) == nil)
        let loaded = Result { () throws(DocumentLoadError) in try DocumentLoader.load(path: path) }
        let decoded = Result { () throws(DecodingError) in try TextDecoder.decode(bytes) }
        switch (loaded, decoded) {
        case (.success(let document), .success(let text)):
            #expect(document.text.utf8 == text.utf8)
            #expect(document.encoding == text.encoding)
        case (.failure(let error), .failure(let reason)):
            #expect(error.description == "\(path): \(reason.description)")
        default:
            Issue.record("loading and decoding disagree: \(loaded), \(decoded)")
        }
    }

    /// A file of several megabytes is checked a part per core: a CR, a NUL or a broken character in its last part
    /// still sends it to be read, and a line feed only there still makes the ending LF.
    @Test(arguments: ["crlf", "nul", "invalid", "lf"])
    func thePartsOfABigFileAreAllChecked(kind: String) throws {
        // About 8 MB without a line feed: two parts on a machine with two cores or more.
        let body = Array(String(repeating: "各级党组织要把纪律和规矩挺在前面", count: 170_000).utf8)
        let tail: [UInt8] =
            switch kind {
            case "crlf": Array("\r\n结尾".utf8)
            case "nul": [0x41, 0x00, 0x41]
            case "invalid": [0xE4, 0xB8, 0x41]
            default: Array("\n结尾".utf8)
            }
        let path = try file(body + tail)
        let mapped = try DocumentLoader.mappedText(path: path, encoding: nil, smallest: 1)
        if kind == "lf" {
            #expect(try #require(mapped).lineEnding == .lf)
        } else {
            #expect(mapped == nil)
        }
    }

    /// Small files, pipes and files that start like another format are left to be read.
    @Test func onlyBigRegularTextFilesAreMapped() throws {
        let small = try file(Array("一、提高认识\n".utf8))
        #expect(try DocumentLoader.mappedText(path: small, encoding: nil) == nil)
        let pdf = try file(Array("%PDF-1.7\n".utf8) + Array(repeating: 0x41, count: 100))
        #expect(
            try DocumentLoader.mappedText(
                path: pdf, encoding: nil, isOtherFormat: { $0.starts(with: Array("%PDF-".utf8)) },
                smallest: 1) == nil)
        #expect(try DocumentLoader.mappedText(path: "/dev/null", encoding: nil, smallest: 0) == nil)
    }

    /// Pages handed back come again from the file unchanged, during a pass and after it.
    @Test func releasedPagesReadTheSame() throws {
        let bytes = try Fixtures.repeatedSampleBytes(20)
        let path = try file(bytes)
        let mapping = try #require(MappedFile.map(path, minimumSize: 1))
        let text = TextBytes(mapped: mapping)
        let digest = text.releasingPages {
            mapping.release(0..<mapping.count)
            return SHA256.hex(text)
        }
        #expect(digest == SHA256.hex(bytes))
        mapping.release(100..<(mapping.count - 100))
        #expect(text.withUnsafeBufferPointer { Array($0) } == bytes)
    }

    /// A pass that reads the text front to back (the source hash, the code-point index) hands back the pages behind
    /// it once the process is over budget, and reads what the bytes hold.
    @Test func aFrontToBackPassHandsBackThePagesBehindIt() throws {
        let bytes = Array(String(repeating: "各级党组织要把纪律和规矩挺在前面。\n", count: 240_000).utf8)
        // Growth counted from nothing: the test process is over the budget (seven tenths of the file) throughout.
        let mapping = try #require(MappedFile.map(try file(bytes), minimumSize: 1, baseline: 0))
        let text = TextBytes(mapped: mapping)
        let digest = SHA256.hex(text)
        let codePoints = AnchorText(DecodedText(bytes: text, encoding: .utf8, lineEnding: .lf)).count
        #expect(digest == SHA256.hex(bytes))
        #expect(codePoints == 240_000 * 18)
        let resident = try #require(Self.residentBytes(ofMappingAt: mapping.base))
        #expect(resident < mapping.count / 2, "\(resident) of \(mapping.count) bytes still resident")
    }

    /// The resident size of the mapping that starts at `base`, from /proc/self/smaps.
    static func residentBytes(ofMappingAt base: UnsafePointer<UInt8>) -> Int? {
        // Read to its end: /proc files have no size, and a read sized by one stops at the first page.
        guard let data = try? FileHandle(forReadingAtPath: "/proc/self/smaps")?.readToEnd() else { return nil }
        let smaps = String(decoding: data, as: UTF8.self)
        let start = String(UInt(bitPattern: base), radix: 16)
        var inMapping = false
        for line in smaps.split(separator: "\n") {
            if let range = line.split(separator: " ").first, range.contains("-") {
                inMapping = range.split(separator: "-").first.map { $0 == start } ?? false
            } else if inMapping, line.hasPrefix("Rss:") {
                return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
            }
        }
        return nil
    }

    /// A file shortened by another program while it is mapped (an editor saving in place) reads as NULs past its
    /// new end; the process goes on.
    @Test func aFileShortenedWhileMappedReadsZerosPastItsEnd() throws {
        let bytes = try Fixtures.repeatedSampleBytes(4)
        let path = try file(bytes)
        let mapping = try #require(MappedFile.map(path, minimumSize: 1))
        let text = TextBytes(mapped: mapping)
        #expect(truncate(path, 100) == 0)
        mapping.release(0..<mapping.count)
        let read = text.withUnsafeBufferPointer { Array($0) }
        #expect(read.count == bytes.count)
        #expect(Array(read[..<100]) == Array(bytes[..<100]))
        #expect(read[(16 << 10)...].allSatisfy { $0 == 0 })
    }

    /// A mapped file of the sample twice, its document's annotation layer holding one annotation.
    func annotatedMapping() throws -> (bytes: [UInt8], path: String, text: DecodedText, layer: AnnotationLayer) {
        let bytes = try Fixtures.repeatedSampleBytes(2)
        let path = try file(bytes)
        let text = try #require(try DocumentLoader.mappedText(path: path, encoding: nil, smallest: 1))
        var layer = try AnnotationLayer.open(DocumentParser.parse(text, path: path))
        layer.add(try layer.targeting.requirement("1.1"), tags: ["纪律"])
        return (bytes, path, text, layer)
    }

    /// A mapped file written over in place no longer matches the tables made from it: the annotation layer will not
    /// save positions against it. A file replaced by a rename leaves the mapped one as it was.
    @Test func aFileWrittenOverInPlaceIsNotAnnotatedAgainst() throws {
        let (bytes, path, text, layer) = try annotatedMapping()
        var saving = layer
        let replacement = path + ".new"
        try Data(bytes + Array("补充。\n".utf8)).write(to: URL(fileURLWithPath: replacement))
        #expect(rename(replacement, path) == 0)
        #expect(!text.utf8.isChangedOnDisk)
        // Written over in place, with a later modification time.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var mapped = try #require(MappedFile.map(path, minimumSize: 1))
        let inPlace = TextBytes(mapped: mapped)
        try handle.truncate(atOffset: 10)
        try handle.close()
        #expect(inPlace.isChangedOnDisk)
        mapped = try #require(MappedFile.map(path, minimumSize: 1))
        #expect(!TextBytes(mapped: mapped).isChangedOnDisk)
        // The layer of the first mapping still saves: its file was replaced, not written over.
        try saving.save()
    }

    /// A title found safe when the file was read is looked at again once the file has been written over in place:
    /// a tab or line feed put into it there does not reach the outline as it is.
    @Test func titlesOfAFileWrittenOverInPlaceAreCheckedAgain() throws {
        let original = "关于作风建设的讲话\n\n一、严格考核标准。要逐项对账。\n\n二、加强监督检查。后文。\n"
        let path = try file(Array(original.utf8))
        let text = try #require(try DocumentLoader.mappedText(path: path, encoding: nil, smallest: 1))
        let document = DocumentParser.parse(text, path: path)
        #expect(OutlineText.outline(document).contains("1.1  一、严格考核标准"))
        // The same length, with a later modification time: 考核 (six bytes) becomes tabs and line feeds.
        usleep(20_000)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data(original.replacingOccurrences(of: "考核", with: "\t\n\t\t\n\t").utf8))
        try handle.close()
        #expect(text.utf8.isChangedOnDisk)
        let outline = OutlineText.outline(document)
        #expect(!outline.contains("\t"))
        #expect(outline.split(separator: "\n").contains { $0.contains("严格") && $0.contains("标准") })
    }

    /// Outline pieces go to the console unchecked only while the mapped file is as it was read: once it has been
    /// written over, every piece is handed over to be checked (the change may have come while it was made).
    @Test func outlinePiecesOfAFileWrittenOverAreCheckedByTheSink() throws {
        struct CountingSink: UTF8Sink {
            var checked = 0
            var unchecked = 0
            mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) { checked += 1 }
            mutating func writeSafe(_ bytes: UnsafeBufferPointer<UInt8>) { unchecked += 1 }
        }
        var original = ""
        for n in 1...8 { original += "第\(n)次会议上的讲话\n\n同志们：\n\n一、严格考核标准。\n\n二、加强监督。\n\n" }
        let path = try file(Array(original.utf8))
        let text = try #require(try DocumentLoader.mappedText(path: path, encoding: nil, smallest: 1))
        let document = DocumentParser.parse(text, path: path)
        var before = CountingSink()
        OutlineText.writeOutline(document, depth: nil, to: &before, linesEach: 2, workers: 2)
        #expect(before.unchecked > 0)
        usleep(20_000)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data(original.replacingOccurrences(of: "考核", with: "\u{1B}[2J\u{1B}c").utf8))
        try handle.close()
        #expect(text.utf8.isChangedOnDisk)
        var after = CountingSink()
        OutlineText.writeOutline(document, depth: nil, to: &after, linesEach: 2, workers: 2)
        #expect(after.unchecked == 0)
        #expect(after.checked > 0)
    }

    @Test func savingAgainstAChangedFileIsRefusedAndWritesNothing() throws {
        let (_, path, _, annotated) = try annotatedMapping()
        var layer = annotated
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("补充。\n".utf8))
        try handle.close()
        #expect(throws: AnnotationError(path: path, kind: .sourceChanged)) { try layer.save() }
        #expect(!FileManager.default.fileExists(atPath: AnnotationFile.sidecarPath(forSource: path)))
    }

    /// Open descriptors of the process, counted in /proc/self/fd.
    private func openDescriptors() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }

    /// A folder's files are mapped without a descriptor or a watch each: thousands of small files kept open must not
    /// hold thousands of descriptors (the usual limit is 1,024). A file under the mapped size is read.
    @Test func smallFilesAreMappedWithoutKeepingADescriptor() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let speech = Array("关于作风建设的讲话\n\n一、严格考核标准。要逐项对账，逐条销号。\n\n".utf8)
        let body = (0..<(DocumentLoader.smallestMappedFile / speech.count + 1)).flatMap { _ in speech }
        let before = try openDescriptors()
        var documents: [Document] = []
        for k in 0..<200 {
            let path = folder.appendingPathComponent("\(k).txt").path
            try Data(body).write(to: URL(fileURLWithPath: path))
            documents.append(try DocumentLoader.load(path: path))
        }
        #expect(try openDescriptors() - before < 10)
        #expect(documents.allSatisfy { $0.text.utf8.isMapped && !$0.nodes.isEmpty })
        let shortPath = folder.appendingPathComponent("short.txt").path
        try Data(speech).write(to: URL(fileURLWithPath: shortPath))
        #expect(try !DocumentLoader.load(path: shortPath).text.utf8.isMapped)
    }

    /// A small mapping, looked up by its path, is changed when its file is written over in place, and not when the
    /// path is gone or names another file: the mapped one is as it was.
    @Test func aSmallMappingIsFoundChangedByItsPath() throws {
        let bytes = try Fixtures.repeatedSampleBytes(2)
        let path = try file(bytes)
        let text = try #require(try DocumentLoader.mappedText(path: path, encoding: nil))
        let mapped = TextBytes(mapped: try #require(MappedFile.map(path, minimumSize: 1, watchedFrom: .max)))
        #expect(!text.utf8.isChangedOnDisk && !mapped.isChangedOnDisk)
        usleep(20_000)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data("改".utf8))
        try handle.close()
        #expect(text.utf8.isChangedOnDisk && mapped.isChangedOnDisk)
        #expect(unlink(path) == 0)
        #expect(!text.utf8.isChangedOnDisk)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(!mapped.isChangedOnDisk)
    }
}
