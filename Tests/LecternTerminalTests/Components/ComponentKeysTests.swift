import Testing

@testable import LecternTerminal

/// Each component answers its own keys and tells the reader only the outcome.
@Suite struct ComponentKeysTests {
    @Test func thePromptTypesCompletesAndEnds() {
        var prompt = Prompt(kind: .tags(file: 0, id: "x"))
        #expect(prompt.handle(.character("纪"), knownTags: { [] }) == .typing(changed: true))
        #expect(prompt.handle(.tab, knownTags: { ["纪律", "纪检"] }) == .typing(changed: false))
        #expect(prompt.text == "纪律 ")  // a completed tag ends with a space, ready for the next
        #expect(prompt.handle(.tab, knownTags: { ["纪律", "纪检"] }) == .typing(changed: false))
        #expect(prompt.text == "纪检 ")
        #expect(prompt.handle(.tab, knownTags: { ["纪律", "纪检"] }) == .typing(changed: false))
        #expect(prompt.text == "纪律 ")
        #expect(prompt.handle(.character("考"), knownTags: { [] }) == .typing(changed: true))
        #expect(prompt.completion == nil)
        #expect(prompt.handle(.tab, knownTags: { ["纪律"] }) == .nothingToComplete)
        #expect(prompt.handle(.enter, knownTags: { [] }) == .submitted)
    }

    @Test func aCommandPromptCompletesNothingAndBackspaceOnEmptyCancels() {
        var prompt = Prompt(kind: .command)
        #expect(prompt.handle(.tab, knownTags: { ["纪律"] }) == .typing(changed: false))
        #expect(prompt.handle(.character("w"), knownTags: { [] }) == .typing(changed: true))
        #expect(prompt.handle(.backspace, knownTags: { [] }) == .typing(changed: true))
        #expect(prompt.handle(.backspace, knownTags: { [] }) == .cancelled)
        #expect(prompt.handle(.escape, knownTags: { [] }) == .cancelled)
    }

    @Test func theNoteEditorEditsAndFinishes() {
        var editor = NoteEditor(file: 0, id: "x", text: "要看")
        #expect(editor.handle(.character("实")) == .editing)
        #expect(editor.handle(.control("j")) == .editing)
        #expect(editor.handle(.character("绩")) == .editing)
        #expect(editor.handle(.up) == .editing)
        #expect(editor.handle(.backspace) == .editing)
        #expect(editor.text == "看实\n绩")  // up a line keeps the column: Backspace took 要
        #expect(editor.handle(.enter) == .finished)
        #expect(editor.handle(.escape) == .cancelled)
    }

    @Test func theHelpScrollsWithinItsLinesAndCloses() {
        var help = HelpOverlay()
        #expect(help.handle(.character("k"), page: 10) == .open)
        #expect(help.top == 0)
        #expect(help.handle(.pageDown, page: 10) == .open)
        #expect(help.top == 10)
        #expect(help.handle(.end, page: 10) == .open)  // not a help key: nothing moves
        #expect(help.top == 10)
        for _ in 0..<1_000 { _ = help.handle(.down, page: 10) }
        #expect(help.top == HelpText.lines().count - 1)
        #expect(help.handle(.character("q"), page: 10) == .closed)
    }

    @Test func thePanelMovesItselfAndHandsBackTheRest() {
        var panel = AnnotationPanel()
        var dispatcher = KeyDispatcher()
        #expect(panel.handle(.character("j"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .stay)
        #expect(panel.handle(.character("G"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .stay)
        #expect(panel.selected == 4)
        panel.keepSelectionVisible(rowCount: 5, page: 3)
        #expect(panel.top == 2)
        #expect(panel.handle(.enter, dispatcher: &dispatcher, rowCount: 5, page: 3) == .jump(4))
        #expect(panel.handle(.character("x"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .delete(4))
        #expect(panel.handle(.character("r"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .reattach(4))
        #expect(panel.handle(.character("]"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .stay)
        #expect(panel.handle(.character("s"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .notHere)
        #expect(panel.handle(.character("/"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .stay)
        #expect(panel.handle(.character("q"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .stay)
        #expect(panel.filter == "q" && panel.selected == 0)
        #expect(panel.handle(.enter, dispatcher: &dispatcher, rowCount: 5, page: 3) == .stay)
        #expect(panel.handle(.character("q"), dispatcher: &dispatcher, rowCount: 5, page: 3) == .close)
    }

    @Test func theTreeMovesItsSelectionAndLeavesOtherKeys() {
        var tree = TreePane(preferredWidth: 30)
        tree.selection = 10
        #expect(tree.row(after: .lineDown, count: 3, page: 20, rowCount: 99) == 13)
        #expect(tree.row(after: .halfPageUp, count: 1, page: 20, rowCount: 99) == 0)
        #expect(tree.row(after: .bottom, count: 1, page: 20, rowCount: 99) == 98)
        #expect(tree.row(after: .toggleFold, count: 1, page: 20, rowCount: 99) == nil)
    }
}
