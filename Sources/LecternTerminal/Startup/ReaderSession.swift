import LecternCore

/// The reader from its first frame on. When big files are still loading, a preview of their first part is
/// shown and answers keys at once; every key is also kept and replayed on the whole documents when they
/// arrive, so what the user typed takes effect on the real thing, and the preview never saves anything.
public struct ReaderSession {
    /// What is on screen: the preview while loading, then the reader of the whole documents.
    public private(set) var app: ReaderApp
    public private(set) var isLoading: Bool
    /// Keys the preview answered, to replay on the whole documents.
    private var held: [Key] = []

    /// A session whose documents are whole already.
    public init(_ app: ReaderApp) {
        self.app = app
        isLoading = false
    }

    /// A session showing `preview` until `deliver` brings the whole documents.
    public init(preview: ReaderApp) {
        app = preview
        app.loadingLabel = "loading…"
        app.canRunEditor = false
        isLoading = true
    }

    public var isFinished: Bool { app.isFinished }

    public func render() -> ScreenBuffer { app.render() }

    public mutating func handle(_ key: Key) {
        // A resize needs no replay: the whole documents are laid out at the size of the moment they arrive.
        if isLoading, !key.isResize { held.append(key) }
        app.handle(key)
    }

    public mutating func handle(_ keys: [Key]) {
        for key in keys where !isFinished { handle(key) }
    }

    /// Swaps in the reader of the whole documents, at the current size, and replays the keys typed meanwhile.
    public mutating func deliver(_ whole: ReaderApp) {
        var whole = whole
        if whole.width != app.width || whole.height != app.height {
            whole.handle(.resize(width: app.width, height: app.height))
        }
        whole.handle(held)
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
