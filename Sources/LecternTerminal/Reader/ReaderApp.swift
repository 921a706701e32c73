import LecternCore

/// The reader's whole state and its update function, a router: `update` hands each event to the component with
/// the focus (TreePane, ReadingPane, Prompt and ColonCommand, NoteEditor, AnnotationPanel, HelpOverlay;
/// AnnotationCommands for the annotation keys; the Library for what spans the open files) with the state it
/// works on, applies what comes back to the others, and returns the effects to carry out (saves, $EDITOR,
/// quitting); `render` composes the frame from the components. No terminal is involved; the ncurses backend and
/// the headless `screen` command both drive this type through a `ReaderSession`.
public struct ReaderApp {
    /// The open files and the one on screen.
    var library: Library
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var focus: KeyScope = .text
    public internal(set) var isFinished = false
    /// The tree pane: shown or not, its width, selection, first row and folded files.
    var tree: TreePane
    var mode: ReaderMode = .normal
    var message: StatusMessage?
    var dispatcher = KeyDispatcher()
    /// The annotation commands and their undo history.
    var annotationCommands = AnnotationCommands()
    /// True when the backend can run $EDITOR (the real terminal, not headless runs).
    public var canRunEditor = false
    /// Effects asked for by the update in progress; `update` hands them out and empties it.
    var outbox: [ReaderEffect] = []
    /// Where the mouse button went down, and what its events mean.
    var mouse = MouseGestures()
    /// Two versions compared, the new one being file 0 (`lectern --diff OLD NEW`); nil otherwise.
    var comparison: VersionComparison?

    /// Opens the documents with their annotations (read and saved through `fileSystem`). Documents without any
    /// paragraph are left out (the commands name them first); at least one must have text.
    public init(
        documents: [Document], width: Int, height: Int, fileSystem: any AnnotationFileSystem = PosixFileSystem()
    ) {
        // Each file's reader (its index, tree and annotations) is its own affair: a folder's thousands are made side
        // by side. They go straight into the library: a copy kept here would make the first layout copy them all
        // before it changed them.
        let documents = documents.filter { !$0.paragraphs.isEmpty }
        library = Library(
            readers: ParallelWork.map(documents.count) { DocumentReader(documents[$0], fileSystem: fileSystem) })
        precondition(!library.readers.isEmpty, "ReaderApp needs a document with text")
        self.width = max(0, width)
        self.height = max(0, height)
        tree = TreePane(preferredWidth: max(PaneLayout.minimumTreeWidth, min(36, width / 3)))
        relayout()
        afterUpdate()
        if let notice = readers.firstInPlace({ $1.pointee.annotations.openingNotice }) {
            message = StatusMessage(
                text: notice, isError: readers.containsInPlace { $0.pointee.annotations.unreadable != nil })
        }
    }

    public internal(set) var readers: [DocumentReader] {
        get { library.readers }
        _modify { yield &library.readers }
        set { library.readers = newValue }
    }

    public var current: Int { library.current }

    /// Shows the new version, file 0, beside its comparison with the old; the tree marks the changes.
    public mutating func showComparison(_ reading: ComparisonReading) {
        comparison = VersionComparison(reading: reading)
        tree.changes = TreeChanges(reading, file: 0)
        keepTreeSelectionVisible()
    }

    /// The reader of the file on screen. Modified in place, so that a keystroke never copies its search hits.
    public internal(set) var reader: DocumentReader {
        get { library.reader }
        _modify { yield &library.reader }
        set { library.reader = newValue }
    }

    var layout: PaneLayout {
        PaneLayout(width: width, height: height, treeVisible: tree.isVisible, preferredTreeWidth: tree.preferredWidth)
    }

    /// Gives every reader the reading pane's size and puts its positions back on lines that exist.
    mutating func relayout() {
        let layout = self.layout
        if layout.treeWidth == 0, focus == .tree { focus = .text }
        for i in readers.indices {
            readers[i].textWidth = layout.textWidth
            readers[i].textHeight = max(1, layout.paneHeight)
            readers[i].normalize()
        }
        keepTreeSelectionVisible()
    }

    /// Applies one event to the state and returns what must be done outside it, in order.
    mutating func update(_ event: ReaderEvent) -> [ReaderEffect] {
        defer { outbox = [] }
        switch event {
        case .key(let key): handleKey(key)
        default: receive(event)
        }
        return outbox
    }

    /// Applies a key and carries out its effects (headless runs and tests; $EDITOR needs the terminal's session).
    public mutating func handle(_ key: Key) {
        _ = send(.key(key))
    }

    public mutating func handle(_ keys: [Key]) {
        for key in keys where !isFinished { handle(key) }
    }

    private mutating func handleKey(_ key: Key) {
        guard !isFinished else { return }
        var key = key
        // Ctrl-J is a new line only in a note; elsewhere it is Enter, as terminals have always had it.
        if key == .control("j"), !mode.isEditingNote { key = .enter }
        if case .resize(let w, let h) = key {
            (width, height) = (max(0, w), max(0, h))
            return relayout()
        }
        if case .mouse(let event) = key { return handleMouse(event) }
        message = nil
        switch mode {
        case .help(var help): mode = help.handle(key, page: max(1, height - 4)) == .open ? .help(help) : .normal
        case .oldText(var overlay):
            let whole = Rect(row: 0, column: 0, width: width, height: height)
            mode = overlay.handle(key, area: whole) == .open ? .oldText(overlay) : .normal
        case .prompt(let prompt): handlePrompt(key, prompt)
        case .panel(let panel): handlePanel(key, panel)
        case .note(let editor): handleNote(key, editor)
        case .normal: handleNormal(key)
        }
        afterUpdate()
    }

    /// After every key: the tree follows the reading position and keeps its selection on screen.
    mutating func afterUpdate() {
        if focus == .text { tree.follow(library) }
        keepTreeSelectionVisible()
    }

    /// Keeps the tree's selection among its rows on screen, and has the numbering of what they show checked.
    mutating func keepTreeSelectionVisible() {
        tree.keepSelectionVisible(height: layout.paneHeight, in: readers)
        if layout.treeWidth > 0 { tree.checkNumbering(height: layout.paneHeight, in: &library) }
    }

    mutating func say(_ text: String, error: Bool = false) {
        message = StatusMessage(text: text, isError: error)
    }

    /// True when no command is under way: no prompt, panel, note or help open and no key sequence begun.
    var isBetweenCommands: Bool { mode == .normal && dispatcher.pendingText.isEmpty }

    private mutating func handleNormal(_ key: Key) {
        if key == .escape || key == .control("c") {
            if dispatcher.pendingText.isEmpty {
                if reader.selection != nil { reader.selection = nil } else { library.clearSearches() }
            }
            return dispatcher.reset()
        }
        // Where keys go: the tree, the text, or the selection being made.
        let scope = focus == .text && reader.selection != nil ? .visual : focus
        switch dispatcher.feed(key, scope: scope) {
        case .pending, .panelAction: break  // the panes' scopes hold no panel bindings
        case .unbound(let keys): say("\(keys) is not a key here (? for help)", error: true)
        case .action(let action, let count, let trigger, let letter):
            perform(action, count: count, key: trigger, letter: letter)
        }
    }

    private mutating func handleNote(_ key: Key, _ editor: NoteEditor) {
        var editor = editor
        switch editor.handle(key) {
        case .editing: mode = .note(editor)
        case .finished:
            mode = .normal
            apply(.annotation(.saveNote(editor), file: editor.file))
        case .cancelled:
            mode = .normal
            say("note unchanged")
        }
    }
}
