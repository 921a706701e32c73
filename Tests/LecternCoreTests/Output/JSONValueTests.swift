import LecternCore
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
}

@Suite struct TerminalSafeTextTests {
    @Test func controlsAndBidiOverridesBecomeVisible() {
        #expect(TerminalSafeText.sanitize("标题\u{1B}[2J\u{07}") == "标题␛[2J␇")
        #expect(TerminalSafeText.sanitize("a\u{202E}b\u{85}c\u{7F}") == "a⟨U+202E⟩b⟨U+0085⟩c␡")
        #expect(TerminalSafeText.sanitize("普通文字，𠮷") == "普通文字，𠮷")
        #expect(TerminalSafeText.sanitize("分开\t的运行") == "分开 的运行")
    }

    @Test func reportsKeepTheirLineBreaksButNotEscapes() {
        #expect(TerminalSafeText.sanitize("第一行\n\t第二行\u{1B}[31m", keepingLineBreaks: true) == "第一行\n\t第二行␛[31m")
        #expect(TerminalSafeText.sanitize("a\nb") == "a␊b")
    }
}
