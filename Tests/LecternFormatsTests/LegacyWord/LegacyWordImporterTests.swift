import Foundation
import LecternCore
import LecternTestSupport
import Testing

@testable import LecternFormats

/// Word 97–2003 files read through antiword and catdoc (Tests/Fixtures/legacy-word, README there). These tests
/// fail, not skip, where the tools are missing: CI installs both.
@Suite struct LegacyWordImporterTests {
    static func fixture(_ name: String) -> String {
        Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/legacy-word/\(name)").path
    }

    static let speechOutline = [
        "1.1 一、提高认识，把握基层治理的总体要求", "1.1.1 （一）认清形势", "1.1.2 （二）明确目标",
        "1.2 二、突出重点，抓好今年各项任务", "1.2.1 （一）健全网格体系", "1.2.1.1 1.优化网格划分",
        "1.2.1.2 2.配强网格力量", "1.2.2 （二）强化服务保障", "1.2.2.1 一是完善便民服务站点",
        "1.2.2.2 二是推进部门数据共享", "1.2.2.3 三是加强经费保障", "1.3 三、压实责任，确保各项工作落到实处",
        "2.1 一、认清防火形势", "2.2 二、落实防火措施", "2.2.1 （一）加强巡山护林", "2.2.2 （二）严格管控野外火源",
    ]

    /// Why opening `path` fails, or nil when it opens.
    static func reason(opening path: String) -> String? {
        do {
            _ = try DocumentOpener.open(path)
            return nil
        } catch {
            return error.path == path ? error.reason : error.description
        }
    }

    @Test func antiwordAndCatdocAreInstalled() {
        #expect(ExternalTool.antiword.isInstalled, "apt-get install antiword")
        #expect(ExternalTool.catdoc.isInstalled, "apt-get install catdoc")
    }

    @Test func aDocGivesItsSpeechesAndNumberedNodes() throws {
        let document = try DocumentOpener.open(Self.fixture("speech.doc"))
        #expect(document.encoding == .legacyWord)
        #expect(document.speeches.map(\.title) == ["在全县基层治理工作推进会上的讲话", "在全县春季森林防火工作会议上的讲话"])
        #expect(document.nodeSummary == Self.speechOutline)
        #expect(document.nodes.first?.line == 5)
        // A character beyond the BMP survives the tools' surrogate pairs.
        #expect(document.text.string.contains("但𠮷安村等一些村"))
        // The same as the text it was made from, line for line.
        let source = try DocumentOpener.open(Self.fixture("speech.txt"))
        #expect(
            document.text.string.trimmingCharacters(in: .newlines)
                == source.text.string.trimmingCharacters(in: .newlines))
    }

    @Test func aWPSCopyReadsTheSame() throws {
        let doc = try DocumentOpener.open(Self.fixture("speech.doc"))
        let wps = try DocumentOpener.open(Self.fixture("speech.wps"))
        #expect(wps.text.string == doc.text.string)
        #expect(wps.nodeSummary == doc.nodeSummary)
    }

    @Test func bothToolsReadTheSpeechAlike() throws {
        let texts = try LegacyWordImporter.readers.map { reader in
            let output = try reader.tool.run(reader.arguments + [Self.fixture("speech.doc")])
            #expect(output.status == 0, "\(reader.tool.name): \(output.stderr)")
            return try #require(LegacyWordImporter.decoded(output.stdout)).string
        }
        #expect(texts.count == 2 && texts[0] == texts[1])
    }

    @Test func catdocReadsWhatAntiwordRefuses() throws {
        let antiword = try ExternalTool.antiword.run(
            LegacyWordImporter.readers[0].arguments + [Self.fixture("tiny.doc")])
        #expect(antiword.status != 0)
        let document = try DocumentOpener.open(Self.fixture("tiny.doc"))
        #expect(document.text.string.trimmingCharacters(in: .newlines) == "同志们：\n一、抓紧落实。")
        #expect(document.nodeSummary == ["1.1 一、抓紧落实"])
    }

    @Test func unreadableFilesAreOneLineReasons() throws {
        let reasons = [
            ("old.wps", "a WPS file that cannot be read; save it as .docx from WPS Office"),
            (
                "workbook.xls",
                "an Office file but not a Word document (an Excel workbook); Lectern reads .doc, .docx and .wps documents"
            ),
        ]
        for (name, reason) in reasons {
            #expect(Self.reason(opening: Self.fixture(name)) == reason)
        }
    }

    /// A compound file whose directory's first entry is `name`.
    static func compoundFile(holding name: String) -> [UInt8] {
        var bytes = LegacyOfficeFile.signature + [UInt8](repeating: 0, count: 1024 - 8)
        for (i, unit) in name.utf16.enumerated() {
            bytes[512 + 2 * i] = UInt8(unit & 0xFF)
            bytes[512 + 2 * i + 1] = UInt8(unit >> 8)
        }
        bytes[512 + 64] = UInt8((name.utf16.count + 1) * 2)
        return bytes
    }

    @Test func theDirectoryTellsWhatAnOLEFileIs() throws {
        #expect(CompoundFileKind.of(Self.compoundFile(holding: "WordDocument")) == .wordDocument)
        #expect(CompoundFileKind.of(Self.compoundFile(holding: "EncryptedPackage")) == .encryptedPackage)
        #expect(
            CompoundFileKind.of(Self.compoundFile(holding: "PowerPoint Document"))
                == .other("a PowerPoint presentation"))
        #expect(CompoundFileKind.of(Self.compoundFile(holding: "Something")) == .other(nil))
        #expect(CompoundFileKind.of(LegacyOfficeFile.signature) == .other(nil))
        #expect(CompoundFileKind.of(try DocumentLoader.readBytes(path: Self.fixture("speech.doc"))) == .wordDocument)
        #expect(
            CompoundFileKind.of(try DocumentLoader.readBytes(path: Self.fixture("workbook.xls")))
                == .other("an Excel workbook"))
    }

    @Test func aPasswordProtectedDocxIsNamedSo() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("secret.docx").path
        try Data(Self.compoundFile(holding: "EncryptedPackage")).write(to: URL(fileURLWithPath: path))
        #expect(
            Self.reason(opening: path)
                == "an encrypted (password-protected) Office file; save it again without a password")
    }

    @Test func theContentDecidesNotTheName() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let renamed = folder.appendingPathComponent("speech.txt")
        try FileManager.default.copyItem(atPath: Self.fixture("speech.doc"), toPath: renamed.path)
        #expect(try DocumentOpener.open(renamed.path).encoding == .legacyWord)
        let rtf = folder.appendingPathComponent("saved.doc")
        try Data("{\\rtf1\\ansi 同志们}".utf8).write(to: rtf)
        #expect(Self.reason(opening: rtf.path) == LegacyWordImporter.notCompoundFileReason(extension: "doc"))
    }

    @Test func surrogatePairsBecomeUTF8() {
        // 𠮷 (U+20BB7) as CESU-8, then a lone high surrogate.
        let cesu: [UInt8] = [0xED, 0xA1, 0x82, 0xED, 0xBE, 0xB7, 0x41, 0xED, 0xA1, 0x82, 0x42]
        #expect(String(decoding: LegacyWordImporter.joiningSurrogates(cesu), as: UTF8.self) == "𠮷A\u{FFFD}B")
        #expect(LegacyWordImporter.joiningSurrogates(Array("一、总体要求".utf8)) == Array("一、总体要求".utf8))
    }
}
