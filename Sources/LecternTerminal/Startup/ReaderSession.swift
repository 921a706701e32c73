import LecternCore

/// The reader from its first frame on. While big files are still loading, a preview of their first parts is
/// shown (see ReaderApp+Preview) and keys are kept, not answered — but for a resize, and a q typed before any
/// other key, which quits at once; the mouse, which points at what is on screen now, is ignored. When the whole documents arrive the keys are replayed on them, up to the
/// first that would change annotations, so typing ahead works as if the file had been there, and nothing is done
/// to text or annotations the user has not seen.
public struct ReaderSession {
    /// What is on screen: the preview while loading, then the reader of the whole documents.
    public private(set) var app: ReaderApp
    public private(set) var isLoading: Bool
    /// Every key given while loading (resizes too), to replay on the whole documents.
    private var held: [Key] = []

    /// A session whose documents are whole already.
    public init(_ app: ReaderApp) {
        self.app = app
        isLoading = false
    }

    /// A session showing `preview` (a reader started with `startPreview`) until `deliver` brings the whole
    /// documents.
    init(preview: ReaderApp) {
        app = preview
        isLoading = true
    }

    public var isFinished: Bool { app.isFinished }

    /// True while loading with the first parts on screen (not just a line saying what is loading).
    public var showsPreview: Bool { isLoading && app.preview?.hiddenBecause == nil }

    /// Keys waiting for the whole documents (resizes are not counted).
    public var waitingKeys: Int { held.filter { !$0.isResize }.count }

    public func render() -> ScreenBuffer { app.render() }

    public mutating func handle(_ key: Key) {
        guard isLoading else { return app.handle(key) }
        guard !isFinished else { return }
        if waitingKeys == 0, key == .character("q") || key == .character("Q") {
            // Nothing of a preview is saved, so there is nothing to wait for.
            app.isFinished = true
            return
        }
        // The mouse points at what is on screen, which the whole documents will not show as it is now.
        if case .mouse = key { return }
        held.append(key)
        if key.isResize { app.handle(key) }  // the only key a preview answers
        let waiting = waitingKeys
        app.preview?.waitingKeys = waiting
    }

    public mutating func handle(_ keys: [Key]) {
        for key in keys where !isFinished { handle(key) }
    }

    /// Swaps in the reader of the whole documents, built at the size the session opened with, and replays the
    /// keys typed meanwhile (resizes included, in their order) up to the first that would change annotations.
    public mutating func deliver(_ whole: ReaderApp) {
        var whole = whole
        // What opening the annotations had to say is shown after the replay, unless the replay has its own say.
        let notice = whole.message
        whole.replay = TypeAheadReplay()
        for key in held where whole.replay?.stoppedAt == nil && !whole.isFinished { whole.handle(key) }
        whole.replay = nil
        if let notice, whole.message != notice {
            whole.message = whole.message.map { StatusMessage(text: $0.text + " · " + notice.text, isError: $0.isError || notice.isError) } ?? notice
        }
        if whole.width != app.width || whole.height != app.height {
            whole.handle(.resize(width: app.width, height: app.height))
        }
        app = whole
        held = []
        isLoading = false
    }

    /// Hands back a note edited in $EDITOR (see `ReaderApp.finishExternalEdit`).
    public mutating func finishExternalEdit(text: String?, failure: String? = nil) {
        app.finishExternalEdit(text: text, failure: failure)
    }
}

extension Key {
    var isResize: Bool {
        if case .resize = self { return true }
        return false
    }
}
