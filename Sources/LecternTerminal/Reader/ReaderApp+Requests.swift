import LecternCore

/// Carrying out what the components ask for (ReaderRequest): on the library, the reader on screen, the tree, the
/// mode, the effects to hand out, or AnnotationCommands.
extension ReaderApp {
    mutating func apply(_ request: ReaderRequest) {
        switch request {
        case .quit: outbox.append(.quit)
        case .help: mode = .help(HelpOverlay())
        case .undo: outbox.append(.undo)
        case .clearSearches: library.clearSearches()
        case .close: mode = .normal
        case .say(let said): message = said
        case .open(let component): mode = component
        case .saveAgain: outbox.append(.saveAgain)
        case .writeCopy(let path): outbox.append(.writeCopy(file: current, path: path))
        case .tagFilter(let tag):
            // The tree folds the files without the tag to their row.
            let (said, emptyFiles) = library.applyTagFilter(tag)
            message = said
            tree.foldedFiles = emptyFiles
            if tag.isEmpty { tree.follow(library) } else if !said.isError { relayout() }
        case .goTo(let id): acrossFiles { $0.goTo(id: id) }
        case .goToAnnotation(let annotation, let file):
            mode = .normal
            acrossFiles { $0.goTo(annotation: annotation, inFile: file) }
        case .annotation(let command, let file):
            let file = file ?? current
            var reply = AnnotationCommands.Reply(message: message)
            annotationCommands.run(command, canRunEditor: canRunEditor, &library.readers[file], file: file, &reply)
            message = reply.message
            outbox += reply.effects
            if let opens = reply.opens { mode = opens }
        case .acceptSearch(let text): if let said = library.acceptSearch(text) { message = said }
        case .useRegularExpressions(let on): message = ReadingPane.useRegularExpressions(on, &reader)
        case .foldToLevel(let level): reader.fold(toLevel: level)
        case .page(let page): message = ReadingPane.goToPage(page, &reader)
        }
    }
}
