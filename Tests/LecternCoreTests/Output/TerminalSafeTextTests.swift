import LecternTestSupport
import Testing

@testable import LecternCore

@Suite struct TerminalSafeTextTests {
    @Test func controlsAndBidiOverridesBecomeVisible() {
        #expect(TerminalSafeText.sanitize("标题\u{1B}[2J\u{07}") == "标题␛[2J␇")
        #expect(TerminalSafeText.sanitize("a\u{202E}b\u{85}c\u{7F}") == "a⟨U+202E⟩b⟨U+0085⟩c␡")
        #expect(TerminalSafeText.sanitize("普通文字，𠮷") == "普通文字，𠮷")
        #expect(TerminalSafeText.sanitize("分开\t的运行") == "分开 的运行")
        #expect(TerminalSafeText.sanitize(HostileText.all) == HostileText.shown)
    }

    @Test func reportsKeepTheirLineBreaksButNotEscapes() {
        #expect(TerminalSafeText.sanitize("第一行\n\t第二行\u{1B}[31m", keepingLineBreaks: true) == "第一行\n\t第二行␛[31m")
        #expect(TerminalSafeText.sanitize("a\nb") == "a␊b")
    }

    /// The exports' rule: LF is kept between lines; a tab is spacing and CR (of a CRLF too) is shown.
    @Test func eachLineKeepsOnlyItsLineFeeds() {
        #expect(
            TerminalSafeText.sanitizeEachLine("注释" + HostileText.all + "\n第二行\t制表\r\n三") == "注释" + HostileText.shown
                + "\n第二行 制表␍\n三")
        #expect(TerminalSafeText.sanitizeEachLine("普通\n文字") == "普通\n文字")
    }

    /// The byte-level check that lets plain text through agrees with the scalar rule on every code point, alone
    /// and between neighbours, in each of the three modes.
    @Test func theByteCheckAgreesWithTheScalarRuleOnEveryCodePoint() {
        let modes = [(false, false), (true, true), (true, false)]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for (lineFeeds, tabs) in modes {
                let kept = (lineFeeds && value == 0x0A) || (tabs && value == 0x09)
                let expected = TerminalSafeText.needsPlaceholder(scalar) && !kept
                let text = "文" + String(Character(scalar)) + "字"
                let got = TerminalSafeText.mayNeedPlaceholders(text, keepingLineFeeds: lineFeeds, keepingTabs: tabs)
                if got != expected {
                    Issue.record("U+\(String(value, radix: 16)) lineFeeds \(lineFeeds) tabs \(tabs): \(got)")
                    return
                }
            }
        }
    }
}
