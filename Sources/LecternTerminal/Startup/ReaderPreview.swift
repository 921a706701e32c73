import LecternCore

/// What a session showing first parts of big files knows while the whole files load, and whether it shows them.
///
/// The preview is a first screen and nothing more: it is shown only when everything on it — the reading pane
/// down to its last line, every row of the tree — lies where the first parts agree with the whole files, so it
/// is the whole documents' first screen but for the status line — and never when a file has saved annotations,
/// which the preview does not read.
struct ReaderPreview {
    enum Visibility: Equatable {
        case shown
        /// Only a status line saying what is loading, for `reason`.
        case hidden(HiddenReason)
    }

    enum HiddenReason: Equatable {
        /// A file has saved annotations, which the preview does not read.
        case annotated
        /// The screen would show text the first parts are not sure of.
        case unsure
        /// A remembered position lies past what the first parts are sure of.
        case returningToPlace

        /// Said after "loading FILE…", if anything.
        var explanation: String? { self == .returningToPlace ? "returning to where you left off" : nil }
    }

    /// Per open file, the first block slot that may be different in the whole file (everything for a file that
    /// is whole already).
    let firstUnsureSlot: [Int]
    /// Open files not read yet: not even their row in the tree is sure (the file may turn out to have no text
    /// and be left out, or to have speeches under its row).
    let standIns: Set<Int>
    private(set) var visibility: Visibility = .shown
    /// Keys typed so far, waiting for the whole documents.
    var waitingKeys = 0

    /// Starts showing the first parts in `app`, returning to the positions remembered for them when they lie
    /// within what the parts are sure of. Documents with saved annotations are not previewed.
    init(
        _ app: inout ReaderApp, annotated: Bool, firstUnsureSlot: [Int], standIns: Set<Int>,
        memories: [String: ReadingMemory]
    ) {
        self.firstUnsureSlot = firstUnsureSlot
        self.standIns = standIns
        if annotated {
            visibility = .hidden(.annotated)
            return
        }
        // A stand-in's place is restored with its whole document; until then it is only a row in the tree.
        let beyond = app.readers.indices.contains { i in
            !standIns.contains(i)
                && memories[ReadingMemoryStore.key(for: app.readers[i].document.path)].map {
                    $0.slot >= firstUnsureSlot[i]
                } ?? false
        }
        if beyond {
            visibility = .hidden(.returningToPlace)
            return
        }
        app.restore(memories, files: app.readers.indices.filter { !standIns.contains($0) })
        check(app)
    }

    /// Hides the preview when `app`'s screen shows anything the first parts are not sure of (after the start
    /// or a resize). Once hidden it stays hidden: the screen it would show has been decided against.
    mutating func check(_ app: ReaderApp) {
        guard visibility == .shown,
            !Self.showsOnlyAgreeingParts(
                app.library, tree: app.tree, layout: app.layout, firstUnsureSlot: firstUnsureSlot, standIns: standIns)
        else { return }
        visibility = .hidden(.unsure)
    }

    /// "3 keys wait", or nil.
    var keysWaiting: String? {
        waitingKeys == 0 ? nil : "\(waitingKeys) key\(waitingKeys == 1 ? "" : "s") wait"
    }

    /// Shown where the progress goes while the whole documents load.
    var loadingLabel: String { ["loading…", keysWaiting].compactMap { $0 }.joined(separator: " ") }

    /// The frame: `app`'s with the loading label, or while hidden the status line alone, saying what is loading.
    func frame(_ app: ReaderApp) -> ScreenBuffer {
        guard case .hidden(let reason) = visibility else { return app.render(progress: loadingLabel) }
        var screen = ScreenBuffer(width: app.width, height: app.height)
        guard app.height > 0 else { return screen }
        let names = app.readers.map(\.document.fileName)
        let text =
            "loading " + names.joined(separator: ", ") + "…" + (reason.explanation.map { " (\($0))" } ?? "")
            + (keysWaiting.map { "  " + $0 } ?? "")
        screen.fill(row: app.height - 1, columns: 0..<app.width, style: Style(.status))
        screen.write(
            StatusLine.head(Glyph.glyphs(text, style: Style(.status)), width: app.width), row: app.height - 1, column: 0
        )
        return screen
    }
}
