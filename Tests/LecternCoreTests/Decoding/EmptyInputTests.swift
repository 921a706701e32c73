import LecternCore
import LecternTestSupport
import Testing

/// Nothing to decode is an empty text, whatever the encoding asked for, never a crash.
@Suite struct EmptyInputTests {
    @Test func emptyBytesAreAnEmptyText() throws {
        #expect(try TextDecoder.decode([]).utf8.isEmpty)
        for encoding in [TextEncoding.utf8, .utf8WithBOM, .utf16LittleEndian, .utf16BigEndian, .gb18030] {
            #expect(try TextDecoder.decode([], forcing: encoding).utf8.isEmpty, "\(encoding)")
        }
        let document = Fixtures.document("")
        #expect(document.paragraphs.isEmpty && document.speeches.count <= 1)
    }
}
