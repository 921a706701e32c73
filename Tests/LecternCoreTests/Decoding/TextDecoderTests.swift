import Foundation
import LecternCore
import LecternTestSupport
import Testing

@Suite struct TextDecoderTests {
    let text = "讲话\n\n同志们：\n\n一、端正态度\n\n一是深化了认识。𠮷\n"

    func encoded(_ encoding: String.Encoding, bom: [UInt8] = []) -> [UInt8] {
        bom + [UInt8](text.data(using: encoding)!)
    }

    @Test func detectsUTF8WithAndWithoutBOM() throws {
        #expect(try TextDecoder.decode(Array(text.utf8)).encoding == .utf8)
        let withBOM = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(withBOM.encoding == .utf8WithBOM)
        #expect(withBOM.string == text)
    }

    @Test func detectsUTF16ByItsBOM() throws {
        let le = try TextDecoder.decode(encoded(.utf16LittleEndian, bom: [0xFF, 0xFE]))
        #expect(le.encoding == .utf16LittleEndian)
        #expect(le.string == text)
        let be = try TextDecoder.decode(encoded(.utf16BigEndian, bom: [0xFE, 0xFF]))
        #expect(be.encoding == .utf16BigEndian)
        #expect(be.string == text)
    }

    @Test func detectsGB18030() throws {
        let gb = encoded(String.Encoding(rawValue: 0x8000_0632))
        #expect(gb != Array(text.utf8))
        let decoded = try TextDecoder.decode(gb)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.string == text)
    }

    @Test func normalizesLineEndings() throws {
        let crlf = try TextDecoder.decode(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(crlf.string == text)
        #expect(crlf.lineEnding == .crlf)
        let cr = try TextDecoder.decode(Array(text.replacingOccurrences(of: "\n", with: "\r").utf8))
        #expect(cr.string == text)
        #expect(cr.lineEnding == .cr)
        #expect(try TextDecoder.decode(Array("a\r\nb\nc".utf8)).lineEnding == .mixed)
        #expect(try TextDecoder.decode(Array(text.utf8)).lineEnding == .lf)
    }

    @Test func refusesBinaryWithTheOffsetOfTheNUL() {
        #expect(throws: DecodingError.binary(nulOffset: 3)) { try TextDecoder.decode([0x41, 0x42, 0x43, 0x00, 0x44]) }
        let controls = [UInt8](repeating: 0x01, count: 100) + Array("text".utf8)
        #expect(throws: DecodingError.controlHeavy) { try TextDecoder.decode(controls) }
    }

    @Test func controlHeavyMeansMoreThanATenthOfTheFirst64KBAreControlsTextLacks() throws {
        let letters = { (n: Int) in [UInt8](repeating: 0x61, count: n) }
        // 6 of 64 is under a tenth, 7 is over; 0x1F counts, 0x20 is a space.
        #expect(try TextDecoder.decode([UInt8](repeating: 0x1F, count: 6) + letters(58)).string.count == 64)
        #expect(throws: DecodingError.controlHeavy) {
            try TextDecoder.decode([UInt8](repeating: 0x1F, count: 7) + letters(57))
        }
        // Tab, line feed, form feed, carriage return and escape are text's own.
        let texty: [UInt8] = [0x09, 0x0A, 0x0C, 0x0D, 0x1B]
        #expect(throws: Never.self) { try TextDecoder.decode((0..<64).map { texty[$0 % 5] } + letters(8)) }
        // Only the first 64 KB are sampled.
        #expect(throws: Never.self) { try TextDecoder.decode(letters(65_536) + [UInt8](repeating: 0x02, count: 9_000)) }
        #expect(throws: DecodingError.controlHeavy) {
            try TextDecoder.decode(letters(58_000) + [UInt8](repeating: 0x02, count: 7_600))
        }
    }

    @Test func aBigFileIsSearchedForNULAndCRInPartsWithTheFirstFound() throws {
        // Over 16 MB, searched in parts side by side: the offset is the first one in the file, whichever part.
        var bytes = [UInt8](repeating: 0x61, count: 20 << 20)
        for i in stride(from: 99, to: bytes.count, by: 100) { bytes[i] = 0x0A }
        bytes[15 << 20] = 0
        bytes[19 << 20] = 0
        #expect(throws: DecodingError.binary(nulOffset: 15 << 20)) { try TextDecoder.decode(bytes) }
        bytes[15 << 20] = 0x61
        #expect(throws: DecodingError.binary(nulOffset: 19 << 20)) { try TextDecoder.decode(bytes) }
        bytes[19 << 20] = 0x61
        #expect(try TextDecoder.decode(bytes).lineEnding == .lf)
        // A single CR in the last part still makes the ends mixed.
        bytes[bytes.count - 3] = 0x0D
        #expect(try TextDecoder.decode(bytes).lineEnding == .mixed)
    }

    @Test func utf16WithoutABOMGetsAHint() {
        let le = [UInt8]("Speech: 同志们 and more text".data(using: .utf16LittleEndian)!)
        #expect(throws: DecodingError.utf16WithoutBOM(.utf16LittleEndian)) { try TextDecoder.decode(le) }
        let be = [UInt8]("Speech: 同志们 and more text".data(using: .utf16BigEndian)!)
        #expect(throws: DecodingError.utf16WithoutBOM(.utf16BigEndian)) { try TextDecoder.decode(be) }
    }

    @Test func forcedUTF8ReportsTheBadByte() {
        let bytes = Array("好".utf8) + [0xFF] + Array("a".utf8)
        #expect(throws: DecodingError.invalid(.utf8, byteOffset: 3)) { try TextDecoder.decode(bytes, forcing: .utf8) }
    }

    @Test func invalidByteInALargeFileIsFoundWhereverTheValidationSplitsFall() throws {
        let chunk = Array(String(repeating: "中文𠮷abc", count: 200_000).utf8)
        // Each 0xFF replaces a lead byte or an ASCII byte, so the bad sequence starts exactly there.
        for badAt in [0, 13 * 100_000, 13 * 100_000 + 10, chunk.count - 1] {
            var bytes = chunk
            bytes[badAt] = 0xFF
            #expect(throws: DecodingError.invalid(.utf8, byteOffset: badAt)) {
                try TextDecoder.decode(bytes, forcing: .utf8)
            }
        }
        #expect(try TextDecoder.decode(chunk).encoding == .utf8)
    }

    @Test func forcedEncodingOverridesDetection() throws {
        let gb = encoded(String.Encoding(rawValue: 0x8000_0632))
        #expect(try TextDecoder.decode(gb, forcing: .gb18030).string == text)
        #expect(TextEncoding(userName: "GBK") == .gb18030)
        #expect(TextEncoding(userName: "utf-16le") == .utf16LittleEndian)
        #expect(TextEncoding(userName: "latin9") == nil)
    }

    @Test func emptyInputDecodesToNothing() throws {
        let empty = try TextDecoder.decode([])
        #expect(empty.utf8.isEmpty)
        let document = DocumentParser.parse(empty, path: "empty.txt")
        #expect(document.paragraphs.isEmpty)
        #expect(document.speeches.isEmpty)
        #expect(document.nodes.isEmpty)
    }

    @Test func sampleGivesTheSameOutlineInEveryEncodingAndLineEnding() throws {
        let original = try Fixtures.sample()
        let sampleText = original.text.string
        let variants: [[UInt8]] = [
            [0xEF, 0xBB, 0xBF] + Array(sampleText.utf8),
            [UInt8](sampleText.data(using: String.Encoding(rawValue: 0x8000_0632))!),
            [0xFF, 0xFE] + [UInt8](sampleText.data(using: .utf16LittleEndian)!),
            [0xFE, 0xFF] + [UInt8](sampleText.data(using: .utf16BigEndian)!),
            Array(sampleText.replacingOccurrences(of: "\n", with: "\r\n").utf8),
        ]
        let expected = DocumentJSON.node(summaryOf: original)
        for bytes in variants {
            let document = DocumentParser.parse(try TextDecoder.decode(bytes), path: original.path)
            #expect(DocumentJSON.node(summaryOf: document) == expected)
            #expect(document.nodes.map(\.codePointOffset) == original.nodes.map(\.codePointOffset))
        }
    }
}

extension DocumentJSON {
    /// The outline without the encoding fields, to compare documents read from different encodings.
    static func node(summaryOf document: Document) -> [String] {
        document.speeches.map { "\($0.number) \($0.title) \($0.line)" }
            + document.nodes.map { "\($0.id) \($0.label) \($0.line)" }
    }
}
