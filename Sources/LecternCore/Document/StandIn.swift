extension Document {
    /// What a stand-in holds: one line, so a reader can be built on it (its rows are never taken for the file's).
    static let standInText = "loading…\n"

    /// Stand-ins for files not read yet, one per path: a reader shows their names in its tree while the files
    /// load. The line is parsed once and shared, so thousands of stand-ins cost next to nothing.
    package static func standIns(paths: [String]) -> [Document] {
        guard !paths.isEmpty else { return [] }
        let parsed = DocumentParser.parse(
            DecodedText(utf8: Array(standInText.utf8), encoding: .utf8, lineEnding: .lf),
            path: "")
        return paths.map { path in
            Document(
                path: path, text: parsed.text, lines: parsed.lines, paragraphs: parsed.paragraphs,
                droppedLines: parsed.droppedLines, speeches: parsed.speeches, nodes: parsed.nodes)
        }
    }

    /// A stand-in for one file not read yet (see `standIns(paths:)`).
    package static func standIn(path: String) -> Document { standIns(paths: [path])[0] }

    /// What a reader says of a file it leaves out for having no text.
    package static func noTextNotice(_ path: String) -> String {
        "\(path): no text to show (the file is empty or only page chrome)"
    }
}
