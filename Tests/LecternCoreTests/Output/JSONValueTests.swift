import Foundation
import LecternCore
import LecternTestSupport
import Testing

@Suite struct JSONValueTests {
    @Test func keepsKeyOrderAndWritesChineseUnescaped() {
        let value = JSONValue.object([("id", .string("2.4.3")), ("title", .string("知人善任能力")), ("children", .array([]))])
        #expect(value.rendered() == "{\n  \"id\": \"2.4.3\",\n  \"title\": \"知人善任能力\",\n  \"children\": []\n}\n")
    }

    @Test func escapesOnlyWhatJSONRequires() {
        let value = JSONValue.array([.string("引号\"反斜杠\\换行\n\u{1B}[31m𠮷"), .null, .bool(true), .int(-3)])
        #expect(value.rendered() == "[\n  \"引号\\\"反斜杠\\\\换行\\n\\u001b[31m𠮷\",\n  null,\n  true,\n  -3\n]\n")
    }

    /// C1 controls, DEL and bidi overrides are escaped too (JSON allows any \\u escape), so JSON printed on a
    /// terminal obeys nothing; the parsed strings are the originals.
    @Test func escapesWhatATerminalWouldObeyAndRoundTrips() throws {
        let original = HostileText.all + "\u{7F}\u{9B}\u{2066}\u{200F}中文"
        let rendered = JSONValue.array([.string(original)]).rendered()
        #expect(
            rendered.contains(
                "\\u001b]52;c;SGVsbG8=\\u0007\\u001b[2J\\u0007\\u202e\\u0085\\u001b\\u007f\\u009b\\u2066\\u200f中文"))
        #expect(HostileText.rawControls(in: rendered, allowing: ["\n"]) == [])
        #expect(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String] == [original])
        #expect(try SidecarJSONParser.parse(Array(rendered.utf8)) == JSONValue.array([.string(original)]))
    }
}
