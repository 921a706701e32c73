import Foundation
import LecternCore
import LecternTestSupport
import Testing

@Suite struct LeadingPartTests {
    @Test func cutsJustAfterTheFirstLineFeedFromTheLimitOn() throws {
        let bytes = Array("一、第一行\n二、第二行\n三、第三行\n".utf8)
        let firstLineEnd = bytes.firstIndex(of: 0x0A)!
        // A limit inside the first line cuts after it; a limit on a line feed cuts right there.
        #expect(LeadingPart.cut(bytes, atLineEndAfter: 3) == Array(bytes[...firstLineEnd]))
        #expect(LeadingPart.cut(bytes, atLineEndAfter: firstLineEnd) == Array(bytes[...firstLineEnd]))
        #expect(LeadingPart.cut(bytes, atLineEndAfter: firstLineEnd + 1) == Array("一、第一行\n二、第二行\n".utf8))
        #expect(LeadingPart.cut(bytes, atLineEndAfter: 0).map { String(decoding: $0, as: UTF8.self) } == "一、第一行\n")
    }

    @Test func noPartWithoutALineFeedAfterTheLimit() {
        #expect(LeadingPart.cut(Array("一行没有换行".utf8), atLineEndAfter: 2) == nil)
        #expect(LeadingPart.cut(Array("第一行\n第二行没有换行".utf8), atLineEndAfter: 12) == nil)
        #expect(LeadingPart.cut([], atLineEndAfter: 0) == nil)
    }

    @Test func utf16IsNeverCut() {
        let text = "一、第一行\n二、第二行\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(LeadingPart.cut(little, atLineEndAfter: 2) == nil)
        #expect(LeadingPart.cut(big, atLineEndAfter: 2) == nil)
        #expect(LeadingPart.cut(Array(text.utf8), atLineEndAfter: 2, forced: .utf16LittleEndian) == nil)
    }

    /// GB18030 and UTF-8 with a BOM or CRLF line ends cut into parts that decode to the start of the whole text.
    @Test func thePartDecodesToTheStartOfTheWholeText() throws {
        let sample = try Fixtures.sampleBytes()
        let whole = try TextDecoder.decode(sample).string
        let gb18030 = Array(whole.data(using: String.Encoding(rawValue: 0x8000_0632))!)
        let crlf = Array(whole.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        for (name, bytes) in [
            ("UTF-8", sample), ("BOM", [0xEF, 0xBB, 0xBF] + sample), ("GB18030", gb18030), ("CRLF", crlf),
        ] {
            for limit in [1, 1000, 5001, 20000] {
                let part = try #require(LeadingPart.cut(bytes, atLineEndAfter: limit), "\(name) \(limit)")
                let decoded = try TextDecoder.decode(part).string
                #expect(whole.hasPrefix(decoded), "\(name) \(limit)")
                #expect(decoded.hasSuffix("\n"), "\(name) \(limit)")
            }
        }
    }
}

@Suite struct FirstBytesTests {
    @Test func readsAtMostTheLimitAndTheWholeOfAShorterFile() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("bytes.txt").path
        let bytes = (0..<200_000).map { UInt8($0 % 251) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let files = PosixFileSystem()
        #expect(try files.read(path, upTo: 70_000) == Array(bytes[..<70_000]))
        #expect(try files.read(path, upTo: 500_000) == bytes)
        #expect(try files.read(path, upTo: nil) == bytes)
        #expect(try files.read(path, upTo: 0) == [])
        #expect(try files.read(path + ".missing", upTo: 10) == nil)
        #expect(try DocumentLoader.readBytes(path: path, limit: 5) == Array(bytes[..<5]))
    }
}

@Suite struct LeadingPartAgreementTests {
    /// The sample three times over, with a long boilerplate line near where the first part ends: the part drops it
    /// (it is near the part's edge), the whole file keeps it. Paragraphs before the agreement bound are alike.
    @Test func paragraphsBeforeTheBoundAreAlikeInTheWholeFile() throws {
        let sample = try String(decoding: Fixtures.sampleBytes(), as: UTF8.self)
        let boilerplate =
            "\n\n本文档由用户提供并上传，收益归属内容提供方，" + String(repeating: "这是一段较长的说明文字，", count: 8)
            + "如有侵权请联系：admin@example.com\n\n"
        let text = Array((sample + boilerplate + sample + sample).utf8)
        let whole = DocumentParser.parse(try TextDecoder.decode(text), path: "x.txt")
        for limit in [sample.utf8.count + 2_000, sample.utf8.count + 10_000, 2 * sample.utf8.count] {
            let cut = try #require(LeadingPart.cut(text, atLineEndAfter: limit))
            let part = DocumentParser.parse(try TextDecoder.decode(cut), path: "x.txt")
            let alike = part.paragraphsAlikeInWholeFile
            #expect(alike > 0 && alike < part.paragraphs.count)
            #expect(part.paragraphs.prefix(alike).elementsEqual(whole.paragraphs.prefix(alike)), "\(limit)")
            let nodes = part.nodes.prefix { $0.paragraphIndex < alike }
            #expect(nodes.map(\.id).elementsEqual(whole.nodes.prefix(nodes.count).map(\.id)), "\(limit)")
        }
        // Cut a little after the boilerplate line, the part drops it and the whole keeps it: they differ past the
        // bound.
        let justAfter = try #require(
            LeadingPart.cut(text, atLineEndAfter: sample.utf8.count + boilerplate.utf8.count + 1_000))
        let part = DocumentParser.parse(try TextDecoder.decode(justAfter), path: "x.txt")
        #expect(part.droppedLines.contains { $0.rule == .siteBoilerplate && $0.line > 400 })
        #expect(!whole.droppedLines.contains { $0.rule == .siteBoilerplate && $0.line > 400 && $0.line < 500 })
        // Over the part's own lines they differ (the part also ends its text where its chrome starts).
        #expect(!part.paragraphs.elementsEqual(whole.paragraphs.prefix { $0.line <= part.lines.count }))
        let alike = part.paragraphsAlikeInWholeFile
        #expect(part.paragraphs.prefix(alike).elementsEqual(whole.paragraphs.prefix(alike)))
    }

    /// The part's last speech is not settled: 首先 counts as an item only when 其次 follows, and an announced count
    /// is compared with items that may lie past the cut.
    @Test func thePartsLastSpeechIsLeftOut() throws {
        let filler = (1...130).map { "第\($0)段正文，讲的是工作中的具体情况。" }
        let first = ["第一篇讲话", "同志们："] + filler + ["一、总体要求", "二、具体措施"]
        let second = ["第二篇讲话", "同志们："] + filler + ["我讲三点意见：", "首先，要提高认识。"]
        let rest = ["其次，要落实责任。", "再次，要加强督查。"] + filler
        let text = Array((first + second + rest).joined(separator: "\n\n").utf8) + [0x0A]
        let whole = DocumentParser.parse(try TextDecoder.decode(text), path: "x.txt")
        let cutAt = Array((first + second).joined(separator: "\n\n").utf8).count
        let part = DocumentParser.parse(
            try TextDecoder.decode(try #require(LeadingPart.cut(text, atLineEndAfter: cutAt))), path: "x.txt")
        #expect(whole.nodes.contains { $0.label.hasPrefix("首先") })
        #expect(!part.nodes.contains { $0.label.hasPrefix("首先") })
        let alike = part.paragraphsAlikeInWholeFile
        #expect(alike == part.speeches[1].paragraphRange.lowerBound)
        #expect(part.paragraphs.prefix(alike).elementsEqual(whole.paragraphs.prefix(alike)))
        let nodes = part.nodes.prefix { $0.paragraphIndex < alike }
        #expect(nodes.map(\.id).elementsEqual(whole.nodes.prefix(nodes.count).map(\.id)))
    }

    @Test func aShortPartHasNothingAlike() {
        let part = Fixtures.document(paragraphs: ["同志们：", "一、甲", "二、乙"])
        #expect(part.paragraphsAlikeInWholeFile == 0)
    }
}
