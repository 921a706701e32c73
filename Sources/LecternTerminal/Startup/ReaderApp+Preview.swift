import LecternCore

/// What a reader showing first parts of big files knows while the whole files load.
struct PreviewState {
    /// Per open file, the first block slot that may be different in the whole file (everything for a file that
    /// is whole already).
    let firstUnsureSlot: [Int]
    /// True once a key needed the whole documents: from then on keys wait for them.
    var waiting = false
    /// Set while an answered key is found to need the whole documents after all.
    var refused = false
}

/// The preview answers only what comes out the same on the whole documents — moving, folding, the panes, help —
/// and only while everything on screen stays where the first parts agree with the whole files. Any other key
/// (a search, a command line, a jump by id or to the end, annotations, the mouse selecting) is undone here and
/// makes the preview wait; `ReaderSession` replays every key on the whole documents, so what was answered here
/// comes out the same there, and nothing is ever done to text the user has not seen.
extension ReaderApp {
    /// Actions the preview answers.
    static let previewActions: Set<Action> = [
        .quit, .help, .cancel, .switchFocus, .toggleTree, .narrowTree, .widenTree,
        .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top,
        .toggleFold, .openFold, .closeFold, .openAll, .closeAll, .foldToLevel,
        .nextRequirement, .previousRequirement, .nextSibling, .previousSibling, .parent, .nextSpeech, .previousSpeech,
        .nextFile, .previousFile, .historyBack, .historyForward, .setMark, .jumpToMark,
    ]

    /// Jumps forward that find nothing in a first part where the whole file may have more.
    static let forwardJumps: Set<Action> = [.nextRequirement, .nextSibling, .nextSpeech]

    /// Starts showing first parts: `firstUnsureSlot` per file, the positions remembered for them restored, or,
    /// when one lies past what the first part is sure of, the preview waits from the start.
    mutating func startPreview(firstUnsureSlot: [Int], memories: [String: ReadingMemory]) {
        preview = PreviewState(firstUnsureSlot: firstUnsureSlot)
        let beyond = readers.indices.contains { i in
            memories[ReadingMemoryStore.key(for: readers[i].document.path)].map { $0.slot >= firstUnsureSlot[i] } ?? false
        }
        guard !beyond else {
            preview?.waiting = true
            message = StatusMessage(text: "returning to where you left off once the file has loaded", isError: false)
            return
        }
        restore(memories)
        if !isWhereFirstPartsAgree { preview?.waiting = true }
    }

    /// Shown where the progress goes while the whole documents load.
    var loadingLabel: String? {
        preview.map { $0.waiting ? "loading… keys wait" : "loading…" }
    }

    mutating func handleInPreview(_ key: Key) {
        guard preview?.waiting == false else { return }
        let before = self
        handleAnswering(key)
        if preview?.refused == true || !isWhereFirstPartsAgree {
            self = before
            preview?.waiting = true
        }
    }

    mutating func performInPreview(_ action: Action, count: Int?, key: Key, letter: Character?) {
        guard Self.previewActions.contains(action) else {
            preview?.refused = true
            return
        }
        let file = current, cursor = reader.cursor
        perform(action, count: count, key: key, letter: letter)
        if Self.forwardJumps.contains(action), current == file, reader.cursor == cursor { preview?.refused = true }
    }

    /// True when everything on screen lies before the unsure part of its file: for every file the cursor and the
    /// reading pane's first line, for the file shown the pane's last line, and every row of the tree shown.
    var isWhereFirstPartsAgree: Bool {
        guard let preview else { return true }
        for i in readers.indices {
            let limit = preview.firstUnsureSlot[i]
            if readers[i].cursor.slot >= limit || readers[i].top.slot >= limit { return false }
        }
        let lastShown = reader.advanced(reader.top, by: max(0, layout.paneHeight - 1))
        if lastShown.slot >= preview.firstUnsureSlot[current] { return false }
        guard layout.treeWidth > 0 else { return true }
        for row in treeTop..<(treeTop + layout.paneHeight) {
            guard let row = treeRow(row), let entry = row.entry else { continue }
            let reader = readers[row.file]
            let slot: Int
            switch reader.treeEntries[entry].target {
            case .speech(let k): slot = reader.index.slot(ofSpeech: k)
            case .node(let n): slot = reader.index.slot(ofNode: n)
            }
            if slot >= preview.firstUnsureSlot[row.file] { return false }
        }
        return true
    }
}

/// Keys typed while the whole documents loaded, being replayed on them. The replay stops at the first key that
/// would change annotations: those change only with the whole documents and their annotations on screen.
struct TypeAheadReplay {
    /// The key the replay stopped at, if it did.
    var stoppedAt: String?
}

extension ReaderApp {
    static let annotationActions: Set<Action> = [
        .annotate, .editTags, .editNote, .editNoteExternally, .cycleStatus, .deleteAnnotation, .undo,
        .annotationsPanel, .panelReattach,
    ]

    mutating func stopReplay(at key: String) {
        replay?.stoppedAt = key
        say("keys typed while loading stopped at \(key): annotations wait for the whole file", error: true)
    }

    mutating func stopReplay(at key: Key) {
        stopReplay(at: KeyNotation.notation(key))
    }
}
