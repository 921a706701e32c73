import LecternCore
import LecternTestSupport
import Testing

/// Strings in a sidecar: read straight from their bytes (or through the escape path), and accepted or refused
/// exactly as the standard library's `String(validating:)` accepts or refuses their UTF-8.
@Suite struct SidecarJSONStringTests {
    static let sequences: [[UInt8]] = [
        Array("考评 plain ASCII 🙂".utf8),
        [0xC0, 0x80],  // overlong NUL
        [0xE0, 0x80, 0xAF],  // overlong
        [0xED, 0xA0, 0x80],  // a surrogate
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0xE8, 0x80],  // cut short
        [0x80],  // a lone continuation byte
        [0xFF],
        [0xEF, 0xBF, 0xBF, 0xF0, 0x90, 0x80, 0x80, 0xDF, 0xBF],  // U+FFFF, U+10000, U+07FF: valid edges
    ]

    @Test(arguments: sequences, [false, true])
    func acceptsExactlyWellFormedUTF8(sequence: [UInt8], escaped: Bool) throws {
        // An escape first sends the string through the buffered path.
        let content = (escaped ? Array(#"\n"#.utf8) : []) + sequence
        let json = [UInt8](#"{"a": ""#.utf8) + content + Array(#""}"#.utf8)
        let expected = String(validating: (escaped ? [0x0A] : []) + sequence, as: UTF8.self)
        do {
            let value = try SidecarJSONParser.parse(json)
            #expect(value["a"]?.stringValue == expected)
            #expect(expected != nil)
        } catch {
            #expect(expected == nil)
            #expect(error.reason == "invalid UTF-8 in a string")
            #expect(error.byteOffset == (escaped ? 9 : 7))
        }
    }
}
