import LecternCore

/// The reader from its first frame on: routes events to the `ReaderApp` update and carries out the effects it
/// returns. While big files are still loading it owns the preview of their first parts (ReaderPreview): keys are
/// kept, not answered — but for a resize, and a q typed before any other key, which quits at once; the mouse,
/// which points at what is on screen now, is ignored. When the whole documents arrive the keys are replayed on
/// them (TypeAheadReplay), so typing ahead works as if the file had been there.
public struct ReaderSession {
    /// The reader on screen: the first parts while loading, then the whole documents.
    public private(set) var app: ReaderApp
    /// Set while the whole documents load.
    private(set) var preview: ReaderPreview?
    /// Every key given while loading (resizes too), to replay on the whole documents.
    private var held: [Key] = []

    /// A session whose documents are whole already.
    public init(_ app: ReaderApp) {
        self.app = app
    }

    /// A session showing `app`'s first parts, as `preview` decides, until `deliver` brings the whole documents.
    init(_ app: ReaderApp, preview: ReaderPreview) {
        self.app = app
        self.preview = preview
    }

    public var isLoading: Bool { preview != nil }

    public var isFinished: Bool { app.isFinished }

    /// True while loading with the first parts on screen (not just a line saying what is loading).
    public var showsPreview: Bool { preview?.visibility == .shown }

    /// Keys waiting for the whole documents (resizes are not counted).
    public var waitingKeys: Int { held.filter { !$0.isResize }.count }

    public func render() -> ScreenBuffer {
        preview.map { $0.frame(app) } ?? app.render()
    }

    public mutating func handle(_ key: Key) {
        _ = send(key)
    }

    public mutating func handle(_ keys: [Key]) {
        for key in keys where !isFinished { handle(key) }
    }

    /// Applies a key and carries out its effects; returns those only the terminal can carry out ($EDITOR).
    mutating func send(_ key: Key) -> [ReaderEffect] {
        guard var preview else {
            defer { app.library.releaseTextPagesIfOverBudget() }
            return app.send(.key(key))
        }
        guard !isFinished else { return [] }
        if waitingKeys == 0, key == .character("q") || key == .character("Q") {
            // Nothing of a preview is saved, so there is nothing to wait for.
            _ = app.carryOut(.quit)
            return []
        }
        // The mouse points at what is on screen, which the whole documents will not show as it is now.
        if case .mouse = key { return [] }
        held.append(key)
        if key.isResize {  // the only key a preview answers
            _ = app.update(.key(key))
            preview.check(app)
        }
        preview.waitingKeys = waitingKeys
        self.preview = preview
        return []
    }

    /// Hands back the outcome of an effect the terminal carried out ($EDITOR closed).
    mutating func send(_ outcome: ReaderEvent) -> [ReaderEffect] {
        app.send(outcome)
    }

    /// Swaps in the reader of the whole documents, built at the size the session opened with, and replays the
    /// keys typed meanwhile (resizes included, in their order).
    public mutating func deliver(_ whole: ReaderApp) {
        var whole = whole
        // What opening the annotations had to say is shown after the replay, unless the replay has its own say.
        let notice = whole.message
        TypeAheadReplay.replay(held, on: &whole)
        if let notice, whole.message != notice {
            whole.message =
                whole.message.map {
                    StatusMessage(text: $0.text + " · " + notice.text, isError: $0.isError || notice.isError)
                } ?? notice
        }
        if whole.width != app.width || whole.height != app.height {
            whole.handle(.resize(width: app.width, height: app.height))
        }
        app = whole
        held = []
        preview = nil
    }
}

extension Key {
    var isResize: Bool {
        if case .resize = self { return true }
        return false
    }
}
