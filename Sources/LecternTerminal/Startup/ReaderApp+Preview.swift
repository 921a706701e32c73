import LecternCore

/// What a reader showing first parts of big files knows while the whole files load.
struct PreviewState {
    /// Per open file, the first block slot that may be different in the whole file (everything for a file that
    /// is whole already).
    let firstUnsureSlot: [Int]
    /// Open files not read yet: not even their row in the tree is sure (the file may turn out to have no text
    /// and be left out, or to have speeches under its row).
    var standIns: Set<Int> = []
    /// Why nothing of the documents is shown (the screen would show text the first parts are not sure of), or
    /// nil when the preview is shown.
    var hiddenBecause: String?
    /// Keys typed so far, waiting for the whole documents.
    var waitingKeys = 0

    /// "3 keys wait", or nil.
    var keysWaiting: String? {
        waitingKeys == 0 ? nil : "\(waitingKeys) key\(waitingKeys == 1 ? "" : "s") wait"
    }
}

/// The preview is a first screen and nothing more: it is shown only when everything on it — the reading pane
/// down to its last line, every row of the tree — lies where the first parts agree with the whole files, so it
/// is the whole documents' first screen but for the status line — and never when a file has saved annotations,
/// which the preview does not read. It answers no key (ReaderSession keeps them for the whole documents) except
/// a resize.
extension ReaderApp {
    /// Starts showing first parts: `firstUnsureSlot` per file, and the positions remembered for them. Documents
    /// with saved annotations are not previewed (the preview reads none).
    mutating func startPreview(annotated: Bool, firstUnsureSlot: [Int], standIns: Set<Int> = [],
                               memories: [String: ReadingMemory]) {
        preview = PreviewState(firstUnsureSlot: firstUnsureSlot, standIns: standIns)
        if annotated {
            preview?.hiddenBecause = ""
            return
        }
        // A stand-in's place is restored with its whole document; until then it is only a row in the tree.
        let beyond = readers.indices.contains { i in
            !standIns.contains(i) && memories[ReadingMemoryStore.key(for: readers[i].document.path)].map { $0.slot >= firstUnsureSlot[i] } ?? false
        }
        if beyond {
            preview?.hiddenBecause = "returning to where you left off"
            return
        }
        restore(memories)
        checkPreview()
    }

    /// Hides the preview when the screen shows anything the first parts are not sure of (after a start or a resize).
    mutating func checkPreview() {
        guard preview != nil, preview?.hiddenBecause == nil, !isWhereFirstPartsAgree else { return }
        preview?.hiddenBecause = ""
    }

    /// Shown where the progress goes while the whole documents load.
    var loadingLabel: String? { preview.map { ["loading…", $0.keysWaiting].compactMap { $0 }.joined(separator: " ") } }

    /// The frame while the preview is hidden: the status line alone, saying what is loading.
    func hiddenPreviewFrame(_ reason: String) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        guard height > 0 else { return screen }
        let names = readers.map(\.document.fileName)
        let text = "loading " + names.joined(separator: ", ") + "…" + (reason.isEmpty ? "" : " (\(reason))")
            + (preview?.keysWaiting.map { "  " + $0 } ?? "")
        screen.fill(row: height - 1, columns: 0..<width, style: Style(.status))
        screen.write(StatusLineView.head(Glyph.glyphs(text, style: Style(.status)), width: width), row: height - 1, column: 0)
        return screen
    }

    /// True when everything on screen lies before the unsure part of its file: every file's cursor and first
    /// line shown (a stand-in's only when it is the current file), the reading pane's last line (which must not
    /// be the end of a first part), and every row of the tree (an empty row means the tree ran out of a first
    /// part's entries; no row of a stand-in is sure).
    var isWhereFirstPartsAgree: Bool {
        guard let preview else { return true }
        for i in readers.indices where i == current || !preview.standIns.contains(i) {
            let limit = preview.firstUnsureSlot[i]
            if readers[i].cursor.slot >= limit || readers[i].top.slot >= limit { return false }
        }
        let lastShown = reader.advanced(reader.top, by: max(0, layout.paneHeight - 1))
        if lastShown.slot >= preview.firstUnsureSlot[current] { return false }
        guard layout.treeWidth > 0 else { return true }
        for row in treeTop..<(treeTop + layout.paneHeight) {
            guard let row = treeRow(row) else {
                if readers.indices.contains(where: { preview.firstUnsureSlot[$0] < readers[$0].index.slotCount }) { return false }
                continue
            }
            if preview.standIns.contains(row.file) { return false }
            guard let entry = row.entry else { continue }
            let reader = readers[row.file]
            if reader.position(of: reader.treeEntries[entry].target).slot >= preview.firstUnsureSlot[row.file] { return false }
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
