import Foundation
import LecternCore
import LecternTestSupport
import Testing

@testable import LecternFormats

/// Zip bombs and other implausible archives: each limit of `DocxLimits` refuses with one reason naming the part
/// and the limit, whether the archive declares its sizes honestly or not.
@Suite struct DocxLimitsTests {
    /// `count` ASCII letters that deflate poorly (a seeded sequence, the same every run).
    static func letters(_ count: Int) -> String {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return String(
            String.UnicodeScalarView(
                (0..<count).map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return Unicode.Scalar(UInt8(ascii: "a") + UInt8(state >> 59 % 26))
                }))
    }

    /// Why `data` is refused; nil (and an issue) when it is read.
    func reason(_ data: Data, _ limits: DocxLimits = .standard) -> String? {
        do {
            let text = try DocxImporter.text(of: data, limits: limits)
            Issue.record("read, not refused: \(text.utf8.count) bytes of text")
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func aPartPastItsLimitIsRefusedWhateverSizeItDeclares() throws {
        var docx = DocxBuilder()
        docx.paragraph(Self.letters(100_000))
        let limits = DocxLimits(maxPartBytes: 64 << 10)
        let expected = "word/document.xml inflates past 64 KB; not a plausible Word document"
        #expect(try reason(docx.data(), limits) == expected)
        // Declaring 1,000 bytes does not help: the inflated bytes are counted as they come.
        #expect(try reason(ZipHeaders.declaringUncompressedSize(1_000, in: docx.data()), limits) == expected)
        let roomy = DocxLimits(maxPartBytes: 128 << 10)
        #expect(
            try DocxImporter.text(of: ZipHeaders.declaringUncompressedSize(1_000, in: docx.data()), limits: roomy)
                .utf8.count == 100_000)
    }

    @Test func aPartThatInflatesFarBeyondItsCompressedSizeIsRefused() throws {
        // 2 MB of spaces deflated about 160 times (the default guard, 200, is for deflate's best, about 1,000).
        let bomb = ZipBomb.docx(spaces: 2 << 20)
        let limits = DocxLimits(maxCompressionRatio: 100, ratioCheckedAfterBytes: 1 << 20)
        #expect(
            reason(bomb, limits)
                == "word/document.xml inflates more than 100 times its compressed size; not a plausible Word document")
        // Below the threshold a part may compress as well as it likes (a short run of spaces proves nothing).
        let later = DocxLimits(maxCompressionRatio: 100, ratioCheckedAfterBytes: 4 << 20)
        #expect(try DocxImporter.text(of: bomb, limits: later).utf8.count == 2 << 20)
    }

    @Test func thePartsTogetherHaveALimitToo() throws {
        var docx = DocxBuilder()
        docx.paragraph(Self.letters(50_000))
        docx.styles = "<!-- \(Self.letters(50_000)) -->"
        let limits = DocxLimits(maxPartBytes: 64 << 10, maxTotalBytes: 96 << 10)
        #expect(
            try reason(docx.data(), limits)
                == "word/styles.xml takes the parts read past 96 KB in all; not a plausible Word document")
        #expect(
            try DocxImporter.text(of: docx.data(), limits: DocxLimits(maxPartBytes: 64 << 10, maxTotalBytes: 128 << 10))
                .utf8.count == 50_000)
    }

    @Test func anArchiveWithTooManyEntriesIsRefused() throws {
        var docx = DocxBuilder()
        docx.paragraph("同志们：")
        docx.otherParts = (1...10).map { ("word/media/image\($0).png", "x") }
        // Twelve entries: [Content_Types].xml, word/document.xml and the ten images.
        #expect(
            try reason(docx.data(), DocxLimits(maxEntries: 11))
                == "more than 11 entries in the archive; not a plausible Word document")
        #expect(
            try DocxImporter.text(of: docx.data(), limits: DocxLimits(maxEntries: 12)).utf8.count == "同志们：".utf8.count)
    }

    /// Parts are parsed in chunks: handed to libxml2 whole, a sound word/document.xml over 10 MB used to fail as
    /// "damaged" ("huge input lookup"), far below the 256 MB limit.
    @Test func aDocumentOverTenMegabytesIsRead() throws {
        var docx = DocxBuilder()
        let paragraph = Self.letters(1_000)
        for _ in 0..<11_000 { docx.paragraph(paragraph) }
        let text = try DocxImporter.text(of: try docx.data())
        #expect(text.utf8.count == 11_000 * 1_001 - 1)
    }

    /// The issue's bomb at a tenth of its size, with the default limits: 300 MB of spaces in 1.9 MB. Declared
    /// honestly, it is refused before anything is inflated; declaring 1,000 bytes, it is inflated, and stopped
    /// as the 256 MB limit is passed (its ratio, 160, is under the ratio guard's 200).
    @Test func aThreeHundredMegabyteBombIsRefusedAtTheDefaultLimits() throws {
        let expected = "word/document.xml inflates past 256 MB; not a plausible Word document"
        let honest = ZipBomb.docx(spaces: 300 << 20)
        #expect(honest.count < 2 << 20)
        #expect(reason(honest) == expected)
        #expect(reason(ZipHeaders.declaringUncompressedSize(1_000, in: honest)) == expected)
    }

    /// The hand-written bomb is a sound archive: small, it reads back as its spaces.
    @Test func aSmallBombReadsBackAsItsSpaces() throws {
        for spaces in [0, 1, 258, 259, 1_000] {
            let text = try DocxImporter.text(of: ZipBomb.docx(spaces: spaces))
            #expect(Array(text.utf8) == Array(repeating: 0x20, count: spaces))
        }
    }
}
