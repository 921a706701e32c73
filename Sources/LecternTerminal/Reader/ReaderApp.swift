import LecternCore

/// The reader's whole state and its update function: keys go in through `handle`, frames come out of `render`.
/// No terminal is involved; the ncurses backend and the headless `screen` command both drive this type.
public struct ReaderApp {
    public internal(set) var readers: [DocumentReader]
    public internal(set) var current = 0
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var focus: KeyScope = .text
    public internal(set) var isFinished = false
    var treeVisible = true
    var preferredTreeWidth: Int
    var mode: ReaderMode = .normal
    var message: StatusMessage?
    var dispatcher = KeyDispatcher()

    public init(documents: [Document], width: Int, height: Int) {
        readers = documents.map(DocumentReader.init)
        self.width = max(0, width)
        self.height = max(0, height)
        preferredTreeWidth = max(PaneLayout.minimumTreeWidth, min(36, width / 3))
        relayout()
        reader.followCursorInTree()
    }

    /// The reader of the file on screen. Modified in place, so that a keystroke never copies its search hits.
    public var reader: DocumentReader {
        get { readers[current] }
        _modify { yield &readers[current] }
    }

    var layout: PaneLayout {
        PaneLayout(width: width, height: height, treeVisible: treeVisible, preferredTreeWidth: preferredTreeWidth)
    }

    /// Gives every reader the reading pane's size and puts its positions back on lines that exist.
    mutating func relayout() {
        let layout = self.layout
        if layout.treeWidth == 0, focus == .tree { focus = .text }
        for i in readers.indices {
            readers[i].textWidth = layout.textWidth
            readers[i].textHeight = max(1, layout.paneHeight)
            readers[i].normalize()
            readers[i].keepTreeSelectionVisible(height: layout.paneHeight)
        }
    }

    public mutating func handle(_ key: Key) {
        if case .resize(let w, let h) = key {
            width = max(0, w)
            height = max(0, h)
            relayout()
            return
        }
        guard !readers.isEmpty else { return }
        if case .mouse(let event) = key {
            handleMouse(event)
            return
        }
        message = nil
        switch mode {
        case .help(let top): handleHelp(key, top: top)
        case .prompt(let prompt): handlePrompt(key, prompt)
        case .normal: handleNormal(key)
        }
        afterUpdate()
    }

    public mutating func handle(_ keys: [Key]) {
        for key in keys where !isFinished { handle(key) }
    }

    mutating func afterUpdate() {
        if focus == .text { reader.followCursorInTree() }
        reader.keepTreeSelectionVisible(height: layout.paneHeight)
    }

    private mutating func handleNormal(_ key: Key) {
        if key == .escape || key == .control("c") {
            if dispatcher.pendingText.isEmpty { reader.search = nil }
            dispatcher.reset()
            return
        }
        switch dispatcher.feed(key, scope: focus) {
        case .pending: break
        case .unbound(let keys): message = StatusMessage(text: "\(keys) is not a key here (? for help)", isError: true)
        case .action(let action, let count, let trigger, let letter):
            perform(action, count: count, key: trigger, letter: letter)
        }
    }

    private mutating func handleHelp(_ key: Key, top: Int) {
        let lines = HelpText.lines().count
        switch key {
        case .escape, .character("q"), .character("?"), .function(1), .control("c"): mode = .normal
        case .character("j"), .down, .enter: mode = .help(top: min(top + 1, max(0, lines - 1)))
        case .character("k"), .up: mode = .help(top: max(0, top - 1))
        case .character(" "), .pageDown, .control("f"), .control("d"):
            mode = .help(top: min(top + max(1, height - 4), max(0, lines - 1)))
        case .character("b"), .pageUp, .control("b"), .control("u"): mode = .help(top: max(0, top - max(1, height - 4)))
        case .character("g"), .home: mode = .help(top: 0)
        default: break
        }
    }
}
