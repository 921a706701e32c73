import LecternCore

/// The reader from its first frame on. While big files are still loading, a preview of their first parts is
/// shown: it answers the keys whose outcome is the same on the whole documents and waits at the first one that
/// is not (see ReaderApp+Preview). Every key is kept and replayed on the whole documents when they arrive, so
/// what the user typed takes effect on the real thing; the preview itself never saves anything.
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

    /// True while keys are held for the whole documents without being answered.
    public var isWaiting: Bool { app.preview?.waiting ?? false }

    public func render() -> ScreenBuffer { app.render() }

    public mutating func handle(_ key: Key) {
        guard isLoading else { return app.handle(key) }
        held.append(key)
        // A waiting preview still follows the window's size, so that it stays readable.
        if !isWaiting || key.isResize { app.handle(key) }
    }

    public mutating func handle(_ keys: [Key]) {
        for key in keys where !isFinished { handle(key) }
    }

    /// Swaps in the reader of the whole documents, built at the size the session opened with, and replays the
    /// keys typed meanwhile (resizes included, in their order) up to the first that would change annotations.
    public mutating func deliver(_ whole: ReaderApp) {
        var whole = whole
        whole.replay = TypeAheadReplay()
        for key in held where whole.replay?.stoppedAt == nil && !whole.isFinished { whole.handle(key) }
        whole.replay = nil
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
