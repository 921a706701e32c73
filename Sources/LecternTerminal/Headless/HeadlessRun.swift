import Dispatch
import LecternCore

/// Runs the reader with no terminal: starts it at a size, feeds keys written in `KeyNotation`, and returns the
/// last frame. `lectern screen` and the tests use it.
public enum HeadlessRun {
    public static func run(
        documents: [Document], width: Int, height: Int, keys: String,
        fileSystem: any AnnotationFileSystem = PosixFileSystem(), comparison: ComparisonReading? = nil
    ) throws -> ScreenBuffer {
        var app = ReaderApp(documents: documents, width: width, height: height, fileSystem: fileSystem)
        if let comparison { app.showComparison(comparison) }
        app.handle(try KeyNotation.parse(keys))
        return app.render()
    }

    /// How long a headless run took to its first frame (a big file's first part, as the terminal shows it), to the
    /// whole documents being ready, and to apply the keys.
    public struct Timings: Sendable {
        public let firstScreen: Double
        public let wholeDocuments: Double
        public var keys: Double = 0
        /// What the first frame showed: "whole documents", "first parts" or "loading line".
        public let firstScreenShowed: String
    }

    /// Opens the reader as the terminal does — the first frame from the first parts of big files, then the whole
    /// documents loaded in the background — and returns it once the whole documents are there, with the times
    /// since `startedAt` (when the files began to be opened).
    package static func open(
        _ opening: ReadingOpening, width: Int, height: Int,
        startedAt: DispatchTime = .now()
    ) throws -> (session: ReaderSession, timings: Timings) {
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - startedAt.uptimeNanoseconds) / 1e9 }
        var (session, load) = ReaderSession.open(
            opening, width: width, height: height, memories: [:], canRunEditor: false)
        _ = session.render()
        let firstScreen = elapsed()
        let showed = load == nil ? "whole documents" : session.showsPreview ? "first parts" : "loading line"
        if let load {
            switch load.wait() {
            case .success(let whole): session.deliver(whole)
            case .failure(let failure): throw failure
            }
        }
        _ = session.render()
        return (session, Timings(firstScreen: firstScreen, wholeDocuments: elapsed(), firstScreenShowed: showed))
    }

    /// `open`, then the keys applied to the whole documents: the last frame and the times taken.
    package static func run(
        _ opening: ReadingOpening, width: Int, height: Int, keys: String,
        startedAt: DispatchTime = .now()
    ) throws -> (screen: ScreenBuffer, timings: Timings) {
        let parsed = try KeyNotation.parse(keys)
        var (session, timings) = try open(opening, width: width, height: height, startedAt: startedAt)
        let keysStart = DispatchTime.now().uptimeNanoseconds
        session.handle(parsed)
        let screen = session.render()
        timings.keys = Double(DispatchTime.now().uptimeNanoseconds - keysStart) / 1e9
        return (screen, timings)
    }

    /// The frame as text: exactly `height` rows, each at most `width` columns.
    public static func text(_ screen: ScreenBuffer) -> String {
        screen.rows.map { $0 + "\n" }.joined()
    }

    /// The frame with a style layer: after each text row, a row of one letter per column naming the cell's role
    /// (upper case under the cursor, * on a search hit, = in the selection, ~ on annotated text, . for plain body
    /// text).
    public static func styledText(_ screen: ScreenBuffer) -> String {
        var out = ""
        for row in 0..<screen.height {
            out += screen.text(ofRow: row) + "\n"
            var codes = ""
            for column in 0..<screen.width {
                codes += code(screen[row, column].style)
            }
            while codes.last == "." { codes.removeLast() }
            out += codes + "\n"
        }
        return out
    }

    /// Letters of the style layer, one per role.
    public static let roleLetters: [TextRole: Character] = [
        .body: ".", .speechTitle: "t", .inferredTitle: "i", .heading: "h", .itemMarker: "m", .foldSummary: "f",
        .treeEntry: "e", .treeSpeech: "s", .problem: "!", .border: "b", .status: "l", .message: "g", .error: "x",
        .prompt: "p", .help: "?", .helpKey: "k", .annotationMark: "a", .treeFile: "F",
        .changeMark: "c", .removedEntry: "r", .deletedText: "-", .insertedText: "+",
    ]

    static func code(_ style: Style) -> String {
        if style.emphasis.contains(.selected) { return "=" }
        if style.emphasis.contains(.searchHit) { return "*" }
        if style.emphasis.contains(.annotated) { return "~" }
        let letter = roleLetters[style.role] ?? "."
        if style.emphasis.contains(.cursor) { return letter == "." ? "_" : String(letter).uppercased() }
        return String(letter)
    }
}
