import LecternCore

/// Runs the reader with no terminal: starts it at a size, feeds keys written in `KeyNotation`, and returns the
/// last frame. `lectern screen` and the tests use it.
public enum HeadlessRun {
    public static func run(documents: [Document], width: Int, height: Int, keys: String,
                           fileSystem: any AnnotationFileSystem = PosixFileSystem()) throws -> ScreenBuffer {
        var app = ReaderApp(documents: documents, width: width, height: height, fileSystem: fileSystem)
        app.handle(try KeyNotation.parse(keys))
        return app.render()
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
