import LecternCore

/// Carrying out a `:` command (read by ColonCommand), and the annotation commands routed to AnnotationCommands.
extension ReaderApp {
    mutating func run(_ command: ColonCommand) {
        switch command {
        case .quit: outbox.append(.quit)
        case .help: mode = .help(HelpOverlay())
        case .clearSearches: library.clearSearches()
        case .write(let path?): outbox.append(.writeCopy(file: current, path: path))
        case .write(nil): outbox.append(.saveAgain)
        case .tagFilter(let tag): applyTagFilter(tag)
        case .status(let status): annotating { $0.setStatusAtCursor(status, &$1, file: $2, &$3) }
        case .regularExpressions(let on): message = ReadingPane.useRegularExpressions(on, &reader)
        case .foldToLevel(let level): reader.fold(toLevel: level)
        case .page(let page): message = ReadingPane.goToPage(page, &reader)
        case .goTo(let id): acrossFiles { $0.goTo(id: id) }
        case .usage(let usage): say(usage, error: true)
        }
    }

    /// Folds every file to the requirements carrying `tag`; the tree folds the files without any to their row.
    mutating func applyTagFilter(_ tag: String) {
        let (said, emptyFiles) = library.applyTagFilter(tag)
        message = said
        tree.foldedFiles = emptyFiles
        if tag.isEmpty { tree.follow(library) } else if !said.isError { relayout() }
    }

    /// Runs an annotation command on file `file` (the one on screen when nil), taking back the message, the
    /// effects and the prompt or editor it opens.
    mutating func annotating(
        file: Int? = nil,
        _ command: (inout AnnotationCommands, inout DocumentReader, Int, inout AnnotationCommands.Reply) -> Void
    ) {
        let file = file ?? current
        var reply = AnnotationCommands.Reply(message: message)
        command(&annotationCommands, &library.readers[file], file, &reply)
        message = reply.message
        outbox += reply.effects
        if let opens = reply.opens { mode = opens }
    }
}
