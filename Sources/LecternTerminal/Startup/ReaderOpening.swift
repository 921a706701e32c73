import LecternCore

/// What the reader opens with: documents to show at once and, when some of them are only the first part of a
/// big file, how to load the whole ones.
public struct ReaderOpening: Sendable {
    /// Shown from the first frame: whole documents, or first parts while `remaining` runs.
    public let shown: [Document]
    /// Per shown document, how many of its paragraphs are sure to be the same in the whole document: all of
    /// them for a whole one, `paragraphsAlikeInWholeFile` for a first part.
    let alikeParagraphs: [Int]
    /// Loads every document whole, in the order of `shown`; a failure is one line naming the file and the
    /// reason. Nil when `shown` is whole already.
    public let remaining: (@Sendable () -> Result<[Document], ReaderOpeningFailure>)?

    /// `firstParts` holds the indices in `shown` of documents that are a big file's first part; `loadWhole`
    /// loads them all whole, its failure described in one line.
    public init<Failure: Error & CustomStringConvertible>(
        shown: [Document], firstParts: Set<Int> = [], loadWhole: (@Sendable () -> Result<[Document], Failure>)? = nil
    ) {
        self.shown = shown
        if let loadWhole {
            remaining = { loadWhole().mapError { ReaderOpeningFailure($0.description) } }
        } else {
            remaining = nil
        }
        alikeParagraphs = shown.indices.map { firstParts.contains($0) ? shown[$0].paragraphsAlikeInWholeFile : shown[$0].paragraphs.count }
    }

    /// Documents that are whole already.
    public init(shown: [Document]) {
        self.init(shown: shown, loadWhole: Optional<@Sendable () -> Result<[Document], ReaderOpeningFailure>>.none)
    }

    /// Builds the reader of the whole documents, ready to draw: annotations read, positions restored, the
    /// first frame laid out (so its caches and the tree's problem marks are computed off the reader's thread).
    static func wholeReader(_ documents: [Document], width: Int, height: Int, memories: [String: ReadingMemory],
                            canRunEditor: Bool) -> ReaderApp {
        var app = ReaderApp(documents: documents, width: width, height: height)
        app.canRunEditor = canRunEditor
        app.restore(memories)
        _ = app.render()
        return app
    }
}

/// Why the whole documents could not be loaded: one line for stderr.
public struct ReaderOpeningFailure: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
