import Foundation
import LecternCore
@testable import LecternFormats
import LecternTestSupport
import Testing

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

    /// ZIPFoundation's in-memory archives trap when an offset points past the end of the data
    /// (weichsel/ZIPFoundation#394): a central directory or a local header past the end of a damaged file.
    @Test func anArchivePointingPastItsEndIsDamagedNotACrash() throws {
        var docx = DocxBuilder()
        docx.paragraph("同志们：")
        let sound = try docx.data()
        #expect(reason(sound) == nil)
        for offset in [UInt32(sound.count + 1), UInt32(sound.count + 4096), UInt32.max] {
            // The central directory's offset (16 bytes into the end record).
            #expect(reason(patchingEndRecord(sound, at: 16, to: offset)) != nil, "central directory at \(offset)")
        }
        // The first entry's local header offset (42 bytes into its central directory record).
        var bytes = [UInt8](sound)
        let endRecord = bytes.count - 22
        let directory = Int(bytes[endRecord + 16]) | Int(bytes[endRecord + 17]) << 8 | Int(bytes[endRecord + 18]) << 16
        for k in 0..<4 { bytes[directory + 42 + k] = 0xFF }
        #expect(reason(Data(bytes)) != nil)

        // As found: stored parts, the central directory said to start at 1587 in a file of 1262 bytes.
        let found = try #require(Data(base64Encoded: Self.centralDirectoryPastTheEnd, options: .ignoreUnknownCharacters))
        #expect(reason(found) == "not a Word document (no word/document.xml)")
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
            #expect(reason(archive) == "damaged Word document: word/document.xml is not valid UTF-8",
                    "\(String(decoding: part, as: UTF8.self).debugDescription)")
        }
        // The same in the styles part.
        let parts = [("word/document.xml", Data(declaration + open + Array("同志们：".utf8) + close)),
                         ("word/styles.xml", Data(declaration + Array("<w:styles><w:s".utf8) + bad + Array("/></w:styles>".utf8)))]
        #expect(reason(try DocxBuilder.archive(parts)) == "damaged Word document: word/styles.xml is not valid UTF-8")
    }

    /// UTF-16 parts (which the Open Packaging Conventions allow) are still read; libxml2 checks their encoding.
    @Test func utf16PartsAreStillRead() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document \(DocxBuilder.namespace)><w:body><w:p><w:r><w:t>同志们：</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p></w:body></w:document>"
        for (bom, encoding) in [([UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian)] {
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
}
