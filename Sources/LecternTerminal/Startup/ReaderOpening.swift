import LecternCore
import LecternFormats

/// What the reader opens with: documents to show at once and, when some of them are only the first part of a
/// big file, how to load the whole ones. Made from LecternFormats' `ReadingOpening` (`init(_:)`), or by hand in tests.
public struct ReaderOpening: Sendable {
    /// Shown from the first frame: whole documents, or first parts and stand-ins while `remaining` runs.
    public let shown: [Document]
    /// Indices in `shown` of stand-ins (`Document.standIn`): files not read yet, of which nothing is sure.
    let standIns: Set<Int>
    /// Per shown document, how many of its paragraphs are sure to be the same in the whole document: all of
    /// them for a whole one, `paragraphsAlikeInWholeFile` for a first part (none of a stand-in, which has none).
    let alikeParagraphs: [Int]
    /// Loads every document whole, in the order of `shown`; a failure is one line naming the file and the
    /// reason. Nil when `shown` is whole already.
    public let remaining: (@Sendable () -> Result<[Document], ReaderOpeningFailure>)?

    /// `firstParts` holds the indices in `shown` of documents that are a big file's first part, `standIns` those
    /// of files not read yet; `loadWhole` loads them all whole, its failure described in one line.
    public init<Failure: Error & CustomStringConvertible>(
        shown: [Document], firstParts: Set<Int> = [], standIns: Set<Int> = [],
        loadWhole: (@Sendable () -> Result<[Document], Failure>)? = nil
    ) {
        self.shown = shown
        self.standIns = standIns
        if let loadWhole {
            remaining = { loadWhole().mapError { ReaderOpeningFailure($0.description) } }
        } else {
            remaining = nil
        }
        alikeParagraphs = shown.indices.map {
            firstParts.contains($0) ? shown[$0].paragraphsAlikeInWholeFile : shown[$0].paragraphs.count
        }
    }

    /// Documents that are whole already.
    public init(shown: [Document]) {
        self.init(shown: shown, loadWhole: Optional<@Sendable () -> Result<[Document], ReaderOpeningFailure>>.none)
    }

    /// Builds the reader of the whole documents, ready to draw: annotations read, positions restored, what the
    /// first frame shows laid out (off the terminal's thread: ReaderApp+FirstFrame).
    static func wholeReader(
        _ documents: [Document], width: Int, height: Int, memories: [String: ReadingMemory],
        canRunEditor: Bool
    ) -> ReaderApp {
        var app = ReaderApp(documents: documents, width: width, height: height)
        app.canRunEditor = canRunEditor
        app.restore(memories)
        app.layOutFirstFrame()
        return app
    }
}

/// Why the whole documents could not be loaded: one line for stderr.
public struct ReaderOpeningFailure: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

extension ReaderApp {
    /// Says which stand-ins were left out for having no text (before what opening the annotations had to say):
    /// the reader was on screen when they were read, so the status line says it instead of stderr.
    mutating func sayLeftOut(_ paths: [String]) {
        guard let first = paths.first else { return }
        var text = Document.noTextNotice(first)
        if paths.count > 1 { text += " (and \(paths.count - 1) more file\(paths.count == 2 ? "" : "s") with no text)" }
        message = StatusMessage(
            text: ([text] + [message?.text].compactMap { $0 }).joined(separator: " · "), isError: true)
    }
}

extension ReaderOpening {
    /// What `DocumentOpener.openForReading` staged, opened by the reader: its first parts, stand-ins and the
    /// whole load as they are (its notices are for stderr, before the reader starts).
    public init(_ staged: ReadingOpening) {
        self.init(
            shown: staged.shown, firstParts: staged.firstParts, standIns: staged.standIns, loadWhole: staged.loadWhole)
    }
}
