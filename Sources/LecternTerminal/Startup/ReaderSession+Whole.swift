import LecternCore

extension ReaderSession {
    /// Builds the reader of the whole documents, ready to draw: annotations read, positions restored, and the
    /// reading pane's blocks that the first frame shows wrapped at its width — off the terminal's thread, without
    /// drawing a frame to throw away (the tree's numbering marks are checked by the update already).
    static func wholeReader(
        _ documents: [Document], width: Int, height: Int, memories: [String: ReadingMemory], canRunEditor: Bool
    ) -> ReaderApp {
        var app = ReaderApp(documents: documents, width: width, height: height)
        app.canRunEditor = canRunEditor
        app.restore(memories)
        _ = app.reader.shownLines(height: app.layout.paneHeight)
        return app
    }
}

extension StatusMessage {
    /// Which stand-ins were left out for having no text, said before `message` (what opening the annotations had
    /// to say): the reader was on screen when they were read, so the status line says it instead of stderr. Nil
    /// when none was.
    static func leftOut(_ paths: [String], before message: StatusMessage?) -> StatusMessage? {
        guard let first = paths.first else { return message }
        var text = Document.noTextNotice(first)
        if paths.count > 1 { text += " (and \(paths.count - 1) more file\(paths.count == 2 ? "" : "s") with no text)" }
        return .error(([text] + [message?.text].compactMap { $0 }).joined(separator: " · "))
    }
}
