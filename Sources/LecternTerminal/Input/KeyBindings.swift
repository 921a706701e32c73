/// One row of the key table.
public struct KeyBinding: Sendable {
    /// Key sequences that trigger the action, in key notation.
    public let keys: [String]
    public let action: Action
    public let scope: KeyScope
    public let section: String
    public let summary: String
    /// True when the sequence is followed by a letter (m a, ' a).
    public let takesLetter: Bool
    /// How the help shows the keys when listing them one by one would be long (1–9).
    public let shownAs: String?

    /// The parsed `keys`.
    public let sequences: [[Key]]

    init(keys: [String], action: Action, scope: KeyScope, section: String, summary: String, takesLetter: Bool,
         shownAs: String?) {
        self.keys = keys
        self.action = action
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
        bind(["j", "<Down>", "<C-n>", "<C-e>"], .lineDown, "Moving", "Down a line (tree: next entry); a count repeats"),
        bind(["k", "<Up>", "<C-p>", "<C-y>"], .lineUp, "Moving", "Up a line (tree: previous entry)"),
        bind(["<Space>", "<PageDown>", "f", "<C-f>"], .pageDown, "Moving", "Down a page", scope: .text),
        bind(["<PageDown>", "<C-f>"], .pageDown, "Moving", "Down a page", scope: .tree),
        bind(["b", "<PageUp>", "<C-b>"], .pageUp, "Moving", "Up a page"),
        bind(["d", "<C-d>"], .halfPageDown, "Moving", "Down half a page"),
        bind(["u", "<C-u>"], .halfPageUp, "Moving", "Up half a page"),
        bind(["g", "<Home>"], .top, "Moving", "To the top"),
        bind(["G", "<End>"], .bottom, "Moving", "To the bottom"),
        bind(["<Enter>", "<Space>"], .toggleFold, "Folding", "Fold or unfold the selected entry", scope: .tree),
        bind(["<Enter>"], .toggleFold, "Folding", "Fold or unfold the section at the cursor", scope: .text),
        bind(["za"], .toggleFold, "Folding", "Fold or unfold the section at the cursor"),
        bind(["l", "<Right>", "zo"], .openFold, "Folding", "Unfold"),
        bind(["h", "<Left>", "zc"], .closeFold, "Folding", "Fold (again: fold the parent)"),
        bind(["zR"], .openAll, "Folding", "Unfold everything"),
        bind(["zM"], .closeAll, "Folding", "Fold everything down to the speeches"),
        bind(["1", "2", "3", "4", "5", "6", "7", "8", "9"], .foldToLevel, "Folding",
             "Show the outline down to level N (in the text pane digits are counts)", scope: .tree, shownAs: "1–9"),
        bind(["]]"], .nextRequirement, "Jumps", "Next numbered requirement, any level"),
        bind(["[["], .previousRequirement, "Jumps", "Previous numbered requirement, any level"),
        bind(["}"], .nextSibling, "Jumps", "Next requirement at the same level"),
        bind(["{"], .previousSibling, "Jumps", "Previous requirement at the same level"),
        bind(["p"], .parent, "Jumps", "Parent requirement (or the speech)"),
        bind(["]s"], .nextSpeech, "Jumps", "Next speech"),
        bind(["[s"], .previousSpeech, "Jumps", "Previous speech"),
        bind([":"], .commandLine, "Jumps", "Command line: :2.4.3 goes to that requirement, :2 to speech 2, :level N, :regex, :literal, :noh, :q"),
        bind(["<C-o>"], .historyBack, "Jumps", "Back in the jump history"),
        bind(["<C-t>"], .historyForward, "Jumps",
             "Forward in the jump history (Ctrl-I is the Tab key on a terminal, which switches panes)"),
        bind(["m"], .setMark, "Jumps", "Set a mark", takesLetter: true),
        bind(["'", "`"], .jumpToMark, "Jumps", "Go to a mark ('' goes back to where the last jump started)",
             takesLetter: true),
        bind(["/"], .searchForward, "Search", "Search forward as you type (case and width insensitive; :regex for regular expressions)"),
        bind(["\\"], .searchBackward, "Search", "Search backward"),
        bind(["n"], .nextHit, "Search", "Next hit"),
        bind(["N"], .previousHit, "Search", "Previous hit"),
    ]

    private static func bind(_ keys: [String], _ action: Action, _ section: String, _ summary: String,
                             scope: KeyScope = .anywhere, takesLetter: Bool = false, shownAs: String? = nil) -> KeyBinding {
        KeyBinding(keys: keys, action: action, scope: scope, section: section, summary: summary,
                   takesLetter: takesLetter, shownAs: shownAs)
    }

    public static let sections = ["General", "Panes", "Moving", "Folding", "Jumps", "Search"]
}
