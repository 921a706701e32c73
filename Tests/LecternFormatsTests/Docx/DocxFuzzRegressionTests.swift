import Foundation
import LecternCore
import LecternTestSupport
import Testing

@testable import LecternFormats

/// Word files the fuzzer (scripts/fuzz.sh docx) found crashing the importer: each is now one clear reason.
@Suite struct DocxFuzzRegressionTests {
    func reason(_ data: Data) -> String? {
        do {
            _ = try DocxImporter.text(of: data)
            return nil
        } catch {
            return error.reason
        }
    }

    /// `archive` with the little-endian UInt32 at `offset` from its end of central directory record set to `value`.
    func patchingEndRecord(_ archive: Data, at offset: Int, to value: UInt32) -> Data {
        var bytes = [UInt8](archive)
        var end = bytes.count - 22
        while end >= 0, bytes[end..<end + 4] != [0x50, 0x4B, 0x05, 0x06] { end -= 1 }
        for k in 0..<4 { bytes[end + offset + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        return Data(bytes)
    }

    /// Offsets past the end of the data (a central directory or a local header past the end of a damaged file)
    /// trapped in ZIPFoundation's in-memory archives (weichsel/ZIPFoundation#394); the archive is damaged.
    @Test func anArchivePointingPastItsEndIsDamagedNotACrash() throws {
        var docx = DocxBuilder()
        docx.paragraph("同志们：")
        let sound = try docx.data()
        #expect(reason(sound) == nil)
        for offset in [UInt32(sound.count + 1), UInt32(sound.count + 4096), UInt32.max] {
            // The central directory's offset (16 bytes into the end record).
            #expect(reason(patchingEndRecord(sound, at: 16, to: offset)) != nil, "central directory at \(offset)")
        }
        // Every entry's local header offset (42 bytes into its central directory record).
        var bytes = [UInt8](sound)
        let endRecord = bytes.count - 22
        var record = Int(bytes[endRecord + 16]) | Int(bytes[endRecord + 17]) << 8 | Int(bytes[endRecord + 18]) << 16
        while record < endRecord {
            for k in 0..<4 { bytes[record + 42 + k] = 0xFF }
            record += 46 + Int(bytes[record + 28]) + Int(bytes[record + 30]) + Int(bytes[record + 32])
        }
        #expect(reason(Data(bytes)) == "damaged Word document: word/document.xml lies past the end of the file")

        // As found: stored parts, the central directory said to start at 1587 in a file of 1262 bytes.
        let found = try #require(
            Data(base64Encoded: Self.centralDirectoryPastTheEnd, options: .ignoreUnknownCharacters))
        #expect(reason(found) == "not a Word document (damaged or not a zip archive)")
    }

    /// `archive` with the little-endian UInt32 at `offset` in the central directory record of `name` set to `value`.
    func patchingEntry(_ archive: Data, named name: String, at offset: Int, to value: UInt32) throws -> Data {
        var bytes = [UInt8](archive)
        let endRecord = bytes.count - 22
        var record = Int(bytes[endRecord + 16]) | Int(bytes[endRecord + 17]) << 8 | Int(bytes[endRecord + 18]) << 16
        while record < endRecord {
            let nameLength = Int(bytes[record + 28])
            if String(decoding: bytes[(record + 46)..<(record + 46 + nameLength)], as: UTF8.self) == name {
                for k in 0..<4 { bytes[record + offset + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
                return Data(bytes)
            }
            record += 46 + nameLength + Int(bytes[record + 30]) + Int(bytes[record + 32])
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    /// A deflate stream that ends before its last block: ZIPFoundation's inflate loop waited for the stream's end
    /// for ever, allocating a buffer a turn (the fuzzer's timeout); the entry's bytes are all there is to read.
    @Test func aDeflateStreamCutShortIsDamagedAndEnds() throws {
        var docx = DocxBuilder()
        docx.paragraph(String(repeating: "同志们，我们要认真学习。", count: 50))
        let sound = try docx.data()
        #expect(reason(sound) == nil)
        for size: UInt32 in [0, 1, 10, 100] {
            let cut = try patchingEntry(sound, named: "word/document.xml", at: 20, to: size)
            #expect(reason(cut) == "damaged Word document: word/document.xml is cut short", "\(size) bytes")
        }
        // As found: the stream of word/document.xml never reaches its final block.
        let found = try #require(Data(base64Encoded: Self.deflateNeverEnding, options: .ignoreUnknownCharacters))
        #expect(reason(found) != nil)
    }

    /// What the zip reader refuses besides damage: encryption, methods Word never uses, ZIP64.
    @Test func encryptedAndUnusualArchivesAreRefusedByName() throws {
        var docx = DocxBuilder()
        docx.paragraph("同志们：")
        let sound = try docx.data()
        // The general-purpose flags (8 bytes into the record): bit 0, encrypted.
        #expect(
            reason(try patchingEntry(sound, named: "word/document.xml", at: 8, to: 1))
                == "word/document.xml is encrypted; save the document without a password")
        // The method (10 bytes in, two bytes; the time after it is zeroed with it): 12 is bzip2.
        #expect(
            reason(try patchingEntry(sound, named: "word/document.xml", at: 10, to: 12))
                == "word/document.xml is compressed with method 12, which Word never uses; not a plausible Word document"
        )
        // 0xFFFF entries in the end record: the mark of ZIP64.
        #expect(
            reason(patchingEndRecord(sound, at: 8, to: 0xFFFF_FFFF)) == "a ZIP64 archive; not a plausible Word document"
        )
    }

    /// FoundationXML's parser on Linux traps on malformed UTF-8 in an element or attribute name, a comment, a
    /// processing instruction or an entity reference (it force-unwraps their strings); as text content it only
    /// reports an error. A part that is not UTF-16 must be well-formed UTF-8.
    @Test func malformedUTF8InAPartIsDamagedNotACrash() throws {
        let bad: [UInt8] = [0xE6, 0x96]
        let declaration = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)
        let open = Array("<w:document \(DocxBuilder.namespace)><w:body><w:p><w:r><w:t>".utf8)
        let close = Array("</w:t></w:r></w:p></w:body></w:document>".utf8)
        let places: [[UInt8]] = [
            declaration + Array("<l".utf8) + bad,  // as found: an element name
            declaration + open + Array("甲</w:t><w:x".utf8) + bad + Array("/><w:t>".utf8) + close,
            declaration + open + Array("</w:t><w:x a".utf8) + bad + Array("=\"1\"/><w:t>".utf8) + close,
            declaration + open + Array("<!--".utf8) + bad + Array("-->".utf8) + close,
            declaration + Array("<?p".utf8) + bad + Array(" x?>".utf8) + open + close,
            declaration + open + Array("&".utf8) + bad + Array(";".utf8) + close,
            declaration + open + bad + close,
        ]
        for part in places {
            let archive = try DocxBuilder.archive([("word/document.xml", Data(part))])
            #expect(
                reason(archive) == "damaged Word document: word/document.xml is not valid UTF-8",
                "\(String(decoding: part, as: UTF8.self).debugDescription)")
        }
        // The same in the styles part.
        let parts = [
            ("word/document.xml", Data(declaration + open + Array("同志们：".utf8) + close)),
            ("word/styles.xml", Data(declaration + Array("<w:styles><w:s".utf8) + bad + Array("/></w:styles>".utf8))),
        ]
        #expect(reason(try DocxBuilder.archive(parts)) == "damaged Word document: word/styles.xml is not valid UTF-8")
    }

    /// UTF-16 parts (which the Open Packaging Conventions allow) are still read; libxml2 checks their encoding.
    @Test func utf16PartsAreStillRead() throws {
        let xml =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document \(DocxBuilder.namespace)><w:body><w:p><w:r><w:t>同志们：</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p></w:body></w:document>"
        for (bom, encoding) in [
            ([UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian),
        ] {
            let part = Data(bom) + xml.data(using: encoding)!
            let text = try DocxImporter.text(of: try DocxBuilder.archive([("word/document.xml", part)]))
            #expect(text.string == "同志们：\n一、总体要求")
        }
    }

    static let centralDirectoryPastTheEnd = """
        UEsDBBQAAAAAAAAAIQDmgrMGbwIAAG8CAAARAAAAd29yZC9kb2N1bWVudC54bWw8P3htbCB2ZXJzaW9uPSIxLjAiIGVuY29kaW5nPSJV
        VEYtOCI/Pjx3OmRvY3VtZW50IHhtbG5zOnc9Imh0dHA6Ly9zY2hlbWFzLm9wZW54bWxmb3JtYXRzLm9yZy93b3JkcHJvY2Vzc2luZ21s
        LzIwMDYvbWFpbiI+PHc6Ym9keT48dzpwPjx3OnI+PHc6dCB4bWw6c3BhY2U9InByZXNlcnZlIj7lkIzlv5fku6zvvJo8L3c6dD48L3c6
        cj48L3c6cD48dzpwPjx3OnBQcj48dzpwU3R5bGUgdzp2YWw9Iuagh+mimCAxIi8+PC93OnBQcj48dzpyPjx3OnQgeG1sOnNwYWNlPSJw
        cmVzZXJ2ZSI+56uv5q2j5oCB5bqmPC93OnQ+PC93OnI+PC93OnA+PHc6cD48dzpwUHI+PHc6cFN0eWxlIHc6dmFsPSIyIi8+PC93OnBQ
        cj48dzpyPjx3OnQgeG1sOnNwYWNlPSJwcmVzZXJ2ZSI+77yI5LiA77yJ5oyH5a+85oCd5oOzPC93OnQ+PC93OnI+PC93OnA+PHc6cD48
        dzpwUHI+PHc6cFN0eWxlIHc6dmFsPSLmraPmlocxIi8+PC93OnBQcj48dzpyPjx3OnQgeG1sOnNwYWNlPSJwcmVzZXJ2ZSI+5Yqg5by6
        6IGU57O7PC93OnQ+PC93OnI+PC93OnA+PHc6cD48dzpyPjx3OnQgeG1sOnlsZUlkPSIyIj48dzpuYW1lIHc6dmFsPSJoZWFkaW5nIDIi
        Lz48L3c6c3R5bGU+PC93OnN0eWxlcz5QSwMEFAAAAAAAAAAhAF8WvsBlAQAAZQEAABIAAAB3b3JkL251bWJlcmluZy54bWw8P3htbCB2
        ZXJzaW9uPSIxLjAiIGVuY29kaW5nPSJVVEYtOCI/Pjx3Om51bWJlcmluZyB4bWxuczp3PSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9y
        bWF0cy5vcmcvd29yZHByb2Nlc3NpbmdtbC8yMDA2L21haW4iPjx3OmFic3RyYWN0TnVtIHc6YWJzdHJhY3ROdW1JZD0iMCI+PHc6bHZs
        IHc6aWx2bD0iMCI+PHc6c3RhcnQgdzp2YWw9IjEiLz48dzpudW1GbXQgdzp2YWw9ImNoaW5lc2VDb3VudGluZ1Rob3VzYW5kIi8+PHc6
        bHZsVGV4dCB3OnZhbD0iJTHjgIEiLz48L3c6bHZsPjwvdzphYnN0cmFjdE51bT48dzpudW0gdzpudW1JZD0iMyI+PHc6YWJzdHJhY3RO
        dW1JZCB3OnZhbD0iMCIvPjwvdzpudW0+PC93Om51bWJlcmluZz5QSwECFAAUAAAAAAAAACEA5oKzBm8CAABvAgAAEQAAAAAAAAAAAAAA
        AAAAAAAAd29yZC9kb2N1bWVudC54bWxQSwECFAAUAAAAAAAAACEABiOWMtMBAADTAQAADwAAAAAAAAAAAAAAAACeAgAAd29yZC9zdHls
        ZXMueG1sUEsBAhQAFAAAAAAAAAAhAF8WvsBlAQAAZQEAABIAAAAAAAAAAAAAAAAAngQAAHdvcmQvbnVtYmVyaW5nLnhtbFBLBQYAAAAA
        AwADALwAAAAzBgAAAAA=
        """

    static let deflateNeverEnding = """
        UEsDBBQAAAgIAA5GfV3muHRrXAAAAGIAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbBXMTQqAIBBA4auE+xxr0SJKL9EFRKYfylGc
        Ier22fLxwZvcE6/mxsJHoll12ihnp+XNyE0V4lntInkE4LBj9KxTRqqyphK91CwbZB9OvyH0xgwQEgmStPI/FNgPUEsDBBQAAAgI
        AA5GfV3GYapdOwEAANkCAAARAAAAd29yZC9kb2N1bWVudC54bWydUstKw0AU/ZUwe3urC5HQpDu/QD8gj7ENNDNhJra6S0QqQlAX
        YtWtL/CRoBtrLfgxTdLs+gsmbWpRKyVuzmXu3PPgcivVHbMhtDHjBiUSWi6VkYCJRnWD1CS0ubG+tIaqcqUl6lTbNjGxhXSecLEl
        obptWyIA1+rYVHiJWpikf1uUmYqdPlkNWpTpFqMa5jyVMxuwUi6vgqkYBGWSKtV3s2plwDIYq4vcUjQsIYthjlkTOSM68aKPTgXS
        ATlDtogQvj+O+pffCJD7LDQLu87AcYcPQfx0VcAydtyodzvqewU4ycF9cncYH91Ex50k2E98/9+R4/Mgfn2OvLMiW+q1E/86CdoD
        Z2+usa02xmUiov3IIg9PXzwvdzpudW0+XeSEFBQV8m531lXZV9P9WxsmmSBPCNNTgtmZyp9QSwECFQMUAAAICAAORn1d5rh0a1wA
        AABiAAAAEwAAAAAAAAAAAAAApIEAAAAAW0NvbnRlbnRfVHlwZXNdLnhtbFBLAQIVAxQAAAgIAA5GfV3GYapdOwEAANkCAAARAAAA
        AAAAAAAAAACkgY0AAAB3b3JkL2RvY3VtZW50LnhtbFBLBQYAAAAAAgACAIAAAAD3AQAAAAA=
        """
}
