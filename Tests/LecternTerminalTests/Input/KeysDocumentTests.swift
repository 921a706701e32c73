import Foundation
import LecternTerminal
import LecternTestSupport
import Testing

/// docs/KEYS.md is generated from the key table (`lectern keys > docs/KEYS.md`) and must not drift from it.
@Suite struct KeysDocumentTests {
    @Test func keysMarkdownMatchesTheTable() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("docs/KEYS.md")
        let written = try String(contentsOf: url, encoding: .utf8)
        #expect(written == HelpText.markdown(), "regenerate with: lectern keys > docs/KEYS.md")
    }

    @Test func markdownListsEveryBinding() {
        let markdown = HelpText.markdown()
        for binding in KeyBindings.table { #expect(markdown.contains(binding.summary)) }
        #expect(markdown.contains("`<C-o>`"))
    }
}
