import Foundation
import LecternCore
import LecternTerminal
import LecternTestSupport
import Testing

/// Selecting passages by keyboard (by character, sentence, paragraph, line) and by mouse, then annotating them.
@Suite struct SelectingScreenTests {
    @Test func characterSelectionExtendsAndAnnotatesARange() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        let frame = try copy.run(":2.4.3<Enter>jvlll")
        #expect(frame.cells.filter { $0.style.emphasis.contains(.selected) }.map(\.text).joined() == "组工干部")
        _ = try copy.run(":2.4.3<Enter>jvlllllh<Left>a<Enter>")
        let saved = try copy.saved()
        #expect(saved.map(\.target.kind) == [.range])
        #expect(saved.first?.target.quote.exact == "组工干部")
        #expect(saved.first?.target.requirement == "2.4.3")
    }

    @Test func sentenceAndParagraphMotions() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        _ = try copy.run(":2.4.3<Enter>jv)a<Enter>")
        let sentence = try #require(try copy.saved().first?.target.quote.exact)
        #expect(sentence.hasPrefix("组工干部身负发现干部") && sentence.hasSuffix("“技能”。"))
        let paragraph = try copy.run(":2.4.3<Enter>v}}").cells.filter { $0.style.emphasis.contains(.selected) }
        #expect(paragraph.map(\.text).joined().hasPrefix("三是知人善任能力。组工干部"))
        #expect(paragraph.map(\.text).joined().hasSuffix("“技能”。"))
        _ = try copy.run("<Esc>:2.4.3<Enter>Vja<Enter>")
        let whole = try copy.saved().last
        #expect(whole?.target.kind == .paragraphs)
        #expect(whole?.target.quote.exact.hasPrefix("三是知人善任能力。\n\n组工干部") == true)
    }

    @Test func escapeStopsSelectingAndVSwitchesKinds() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        #expect(try copy.run(":2.4.3<Enter>vll<Esc>").cells.allSatisfy { !$0.style.emphasis.contains(.selected) })
        #expect(try copy.run(":2.4.3<Enter>vV").rows[29].contains("SELECT ¶"))
        #expect(try copy.run(":2.4.3<Enter>vv").cells.allSatisfy { !$0.style.emphasis.contains(.selected) })
    }

    @Test func aDragWithTheMouseSelects() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        // After :2.4.3 the pane's first row is 三是知人善任能力。 from the text column on.
        let start = try copy.run(":2.4.3<Enter>")
        let row = try #require(start.rows.firstIndex { $0.contains("│ 三是知人善任能力。") })
        let column = try #require((0..<start.width).first { start[row, $0].text == "三" })
        let frame = try copy.run(":2.4.3<Enter><Press:\(column),\(row)><Release:\(column + 6),\(row)>")
        #expect(frame.cells.filter { $0.style.emphasis.contains(.selected) }.map(\.text).joined() == "三是知人")
        // Click to start, v, click to extend.
        let clicked = try copy.run(":2.4.3<Enter><Click:\(column + 2),\(row)>v<Click:\(column + 4),\(row)>")
        #expect(clicked.cells.filter { $0.style.emphasis.contains(.selected) }.map(\.text).joined() == "是知")
    }

    @Test func inputMethodCharactersAndCtrlJDecode() {
        #expect(CharacterKeyDecoder.key(forCode: 0x4E2D) == .character("中"))
        #expect(CharacterKeyDecoder.key(forCode: 0x1F600) == .character("😀"))
        #expect(CharacterKeyDecoder.key(forCode: 13) == .enter)
        #expect(CharacterKeyDecoder.key(forCode: 10) == .control("j"))
        #expect(CharacterKeyDecoder.key(forCode: 127) == .backspace)
        #expect(CharacterKeyDecoder.key(forCode: 0xD800) == nil)
    }
}
