import LecternCore

extension ReaderSession {
    /// Builds the reader of the whole documents, ready to draw: annotations read, positions restored, what the
    /// first frame shows laid out (off the terminal's thread: ReaderApp+FirstFrame).
    static func wholeReader(
        _ documents: [Document], width: Int, height: Int, memories: [String: ReadingMemory], canRunEditor: Bool
    ) -> ReaderApp {
        var app = ReaderApp(documents: documents, width: width, height: height)
        app.canRunEditor = canRunEditor
        app.restore(memories)
        app.layOutFirstFrame()
        return app
    }
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
