/// One row of the key table.
public struct KeyBinding: Sendable {
    /// Key sequences that trigger the action, in key notation.
    public let keys: [String]
    public let command: BoundCommand
    public let scope: KeyScope
    public let section: String
    public let summary: String
    /// True when the sequence is followed by a letter (m a, ' a).
    public let takesLetter: Bool
    /// How the help shows the keys when listing them one by one would be long (1–9).
    public let shownAs: String?

    /// The parsed `keys`.
    public let sequences: [[Key]]

    init(
        keys: [String], command: BoundCommand, scope: KeyScope, section: String, summary: String, takesLetter: Bool,
        shownAs: String?
    ) {
        self.keys = keys
        self.command = command
        self.scope = scope
        self.section = section
        self.summary = summary
        self.takesLetter = takesLetter
        self.shownAs = shownAs
        // The table is literal; a key that does not parse is a programming error caught by the tests.
        sequences = keys.map { (try? KeyNotation.parse($0)) ?? [] }
    }

    /// The keys as the help and docs/KEYS.md show them.
    public var keysText: String {
        shownAs ?? keys.map { $0 + (takesLetter ? "{a-z}" : "") }.joined(separator: " ")
    }
}

/// The single source of the reader's key bindings: the dispatcher, the help overlay and docs/KEYS.md all read
/// this table.
public enum KeyBindings {
    public static let table: [KeyBinding] = [
        bind(["q", "Q"], .quit, "General", "Quit (also :q)"),
        bind(["?", "<F1>"], .help, "General", "Show this help (Esc or q closes it)"),
        bind(["<Esc>", "<C-c>"], .cancel, "General", "Cancel a count, prompt, search or message (never quits)"),
        bind(["<Tab>", "<S-Tab>"], .switchFocus, "Panes", "Switch focus between the tree and the text"),
        bind(["t"], .toggleTree, "Panes", "Hide or show the heading tree"),
        bind(["<lt>"], .narrowTree, "Panes", "Make the tree narrower"),
        bind([">"], .widenTree, "Panes", "Make the tree wider"),
        bind(["]f"], .nextFile, "Panes", "Next open file"),
        bind(["[f"], .previousFile, "Panes", "Previous open file"),
        bind(
            ["j", "<Down>", "<C-n>", "<C-e>"], .lineDown, "Moving", "Down a line (tree: next entry); a count repeats"),
        bind(["k", "<Up>", "<C-p>", "<C-y>"], .lineUp, "Moving", "Up a line (tree: previous entry)"),
        bind(["<Space>", "<PageDown>", "f", "<C-f>"], .pageDown, "Moving", "Down a page", scope: .text),
        bind(["<PageDown>", "<C-f>"], .pageDown, "Moving", "Down a page", scope: .tree),
        bind(["b", "<PageUp>", "<C-b>"], .pageUp, "Moving", "Up a page"),
        bind(["d", "<C-d>"], .halfPageDown, "Moving", "Down half a page"),
        bind(["<C-u>"], .halfPageUp, "Moving", "Up half a page"),
        bind(["g", "<Home>"], .top, "Moving", "To the top"),
        bind(["G", "<End>"], .bottom, "Moving", "To the bottom"),
        bind(["<Enter>", "<Space>"], .toggleFold, "Folding", "Fold or unfold the selected entry", scope: .tree),
        bind(["<Enter>"], .toggleFold, "Folding", "Fold or unfold the section at the cursor", scope: .text),
        bind(["za"], .toggleFold, "Folding", "Fold or unfold the section at the cursor"),
        bind(["l", "<Right>", "zo"], .openFold, "Folding", "Unfold"),
        bind(["h", "<Left>", "zc"], .closeFold, "Folding", "Fold (again: fold the parent)"),
        bind(["zR"], .openAll, "Folding", "Unfold everything"),
        bind(["zM"], .closeAll, "Folding", "Fold everything down to the speeches"),
        bind(
            ["1", "2", "3", "4", "5", "6", "7", "8", "9"], .foldToLevel, "Folding",
            "Show the outline down to level N (in the text pane digits are counts)", scope: .tree, shownAs: "1–9"),
        bind(["]]"], .nextRequirement, "Jumps", "Next numbered requirement, any level"),
        bind(["[["], .previousRequirement, "Jumps", "Previous numbered requirement, any level"),
        bind(["}"], .nextSibling, "Jumps", "Next requirement at the same level"),
        bind(["{"], .previousSibling, "Jumps", "Previous requirement at the same level"),
        bind(["p"], .parent, "Jumps", "Parent requirement (or the speech)"),
        bind(["]s"], .nextSpeech, "Jumps", "Next speech"),
        bind(["[s"], .previousSpeech, "Jumps", "Previous speech"),
        bind(
            [":"], .commandLine, "Jumps",
            "Command line: :2.4.3 goes to that requirement in this file, :b.txt:2.4.3 or :2:2.4.3 in another open file (by name or number), :2 to speech 2, :p12 to page 12 of a PDF, :tag NAME, :status todo, doing, done or none, :w saves annotations again (:w PATH writes them to a new file elsewhere), :level N, :regex, :literal, :noh, :q"
        ),
        bind(["<C-o>"], .historyBack, "Jumps", "Back in the jump history"),
        bind(
            ["<C-t>"], .historyForward, "Jumps",
            "Forward in the jump history (Ctrl-I is the Tab key on a terminal, which switches panes)"),
        bind(["m"], .setMark, "Jumps", "Set a mark", takesLetter: true),
        bind(
            ["'", "`"], .jumpToMark, "Jumps", "Go to a mark ('' goes back to where the last jump started)",
            takesLetter: true),
        bind(
            ["/"], .searchForward, "Search",
            "Search forward as you type (case and width insensitive; :regex for regular expressions)"),
        bind(["\\"], .searchBackward, "Search", "Search backward"),
        bind(["n"], .nextHit, "Search", "Next hit"),
        bind(["N"], .previousHit, "Search", "Previous hit"),
        bind(
            ["a"], .annotate, "Annotations",
            "Annotate the requirement at the cursor (while selecting: the selection), then type its tags"),
        bind(["T"], .editTags, "Annotations", "Edit the tags of the annotation at the cursor (Tab completes)"),
        bind(["e"], .editNote, "Annotations", "Edit its note here (Chinese input works; <C-j> starts a new line)"),
        bind(["E"], .editNoteExternally, "Annotations", "Edit its note in $EDITOR"),
        bind(["s"], .cycleStatus, "Annotations", "Set the requirement's status: todo → doing → done → none"),
        bind(["x"], .deleteAnnotation, "Annotations", "Delete the annotation at the cursor (u undoes)"),
        bind(["u"], .undo, "Annotations", "Undo the last annotation change"),
        bind(["]a"], .nextAnnotation, "Annotations", "Next annotation (on into the next file)"),
        bind(["[a"], .previousAnnotation, "Annotations", "Previous annotation"),
        bind(["A"], .annotationsPanel, "Annotations", "List every annotation of every open file"),
        bind(
            ["zt"], .tagFilter, "Annotations",
            "Fold the tree to the requirements carrying a tag (Tab completes; empty unfolds), also :tag NAME"),
        bind(["]c"], .nextChange, "Comparing versions", "Next changed requirement (lectern --diff OLD NEW)"),
        bind(["[c"], .previousChange, "Comparing versions", "Previous changed requirement"),
        bind(
            ["D"], .showOldText, "Comparing versions",
            "Show the old text of the requirement at the cursor (tree: of the selected removed one), deleted and inserted text highlighted; Esc or q closes it. Tree marks: + added, ~ reworded, → moved, # renumbered, / split, & merged, - removed"
        ),
        bind(["v"], .selectCharacters, "Selecting", "Select characters from the cursor", scope: .text),
        bind(["V"], .selectParagraphs, "Selecting", "Select whole paragraphs", scope: .text),
        bind(["v"], .selectCharacters, "Selecting", "Select characters again, or stop selecting", scope: .visual),
        bind(["V"], .selectParagraphs, "Selecting", "Select whole paragraphs, or stop selecting", scope: .visual),
        bind(["h", "<Left>"], .extendLeft, "Selecting", "Extend by a character back", scope: .visual),
        bind(["l", "<Right>"], .extendRight, "Selecting", "Extend by a character", scope: .visual),
        bind(
            [")"], .extendSentenceForward, "Selecting", "Extend to the end of the sentence (again: the next one)",
            scope: .visual),
        bind(["("], .extendSentenceBackward, "Selecting", "Extend back to the start of the sentence", scope: .visual),
        bind(
            ["}"], .extendParagraphForward, "Selecting", "Extend to the end of the paragraph (again: the next one)",
            scope: .visual),
        bind(["{"], .extendParagraphBackward, "Selecting", "Extend back to the start of the paragraph", scope: .visual),
        bind(["j", "<Down>"], .extendLineDown, "Selecting", "Extend by a line", scope: .visual),
        bind(["k", "<Up>"], .extendLineUp, "Selecting", "Extend back by a line", scope: .visual),
        bind(["o"], .swapSelectionEnds, "Selecting", "Go to the other end of the selection", scope: .visual),
        bind(["<Enter>"], PanelAction.jump, "Annotations panel", "Go to the annotation", scope: .panel),
        bind(
            ["/"], PanelAction.filter, "Annotations panel",
            "Filter by text (#tag for a tag; matches tags, notes, quotes, ids, files)", scope: .panel),
        bind(
            ["r"], PanelAction.reattach, "Annotations panel",
            "Re-attach the annotation to the selection (or the requirement at the cursor)", scope: .panel),
        bind(["q", "A"], PanelAction.close, "Annotations panel", "Close the panel (also Esc)", scope: .panel),
        bind(["<Enter>"], EditorAction.finish, "Editing tags and notes", "Save", scope: .editor),
        bind(["<C-j>"], EditorAction.newLine, "Editing tags and notes", "New line in a note", scope: .editor),
        bind(
            ["<Tab>"], EditorAction.complete, "Editing tags and notes",
            "Complete a tag from those used in the open files (again: the next one)", scope: .editor),
        bind(
            ["<BS>"], EditorAction.deleteBack, "Editing tags and notes", "Delete the character before the cursor",
            scope: .editor),
        bind(["<Left>"], EditorAction.left, "Editing tags and notes", "Cursor left", scope: .editor),
        bind(["<Right>"], EditorAction.right, "Editing tags and notes", "Cursor right", scope: .editor),
        bind(["<Up>"], EditorAction.up, "Editing tags and notes", "Cursor up a line", scope: .editor),
        bind(["<Down>"], EditorAction.down, "Editing tags and notes", "Cursor down a line", scope: .editor),
        bind(
            ["<Home>", "<C-a>"], EditorAction.lineStart, "Editing tags and notes", "Start of the line", scope: .editor),
        bind(["<End>"], EditorAction.lineEnd, "Editing tags and notes", "End of the line", scope: .editor),
    ]

    private static func bind(
        _ keys: [String], _ action: Action, _ section: String, _ summary: String,
        scope: KeyScope = .anywhere, takesLetter: Bool = false, shownAs: String? = nil
    ) -> KeyBinding {
        KeyBinding(
            keys: keys, command: .pane(action), scope: scope, section: section, summary: summary,
            takesLetter: takesLetter, shownAs: shownAs)
    }

    private static func bind(
        _ keys: [String], _ action: PanelAction, _ section: String, _ summary: String,
        scope: KeyScope
    ) -> KeyBinding {
        bind(keys, .panel(action), section, summary, scope: scope)
    }

    private static func bind(
        _ keys: [String], _ action: EditorAction, _ section: String, _ summary: String,
        scope: KeyScope
    ) -> KeyBinding {
        bind(keys, .editor(action), section, summary, scope: scope)
    }

    /// A component's own key: it takes no letter and shows as written.
    private static func bind(
        _ keys: [String], _ command: BoundCommand, _ section: String, _ summary: String, scope: KeyScope
    ) -> KeyBinding {
        KeyBinding(
            keys: keys, command: command, scope: scope, section: section, summary: summary,
            takesLetter: false, shownAs: nil)
    }

    public static let sections = [
        "General", "Panes", "Moving", "Folding", "Jumps", "Search", "Annotations", "Comparing versions", "Selecting",
        "Annotations panel", "Editing tags and notes",
    ]

    /// The editors' action for a single key (they take every other key as text).
    static func editorAction(for key: Key) -> EditorAction? {
        for binding in table where binding.scope == .editor && binding.sequences.contains([key]) {
            if case .editor(let action) = binding.command { return action }
        }
        return nil
    }
}
