import LecternCore

/// Carrying out a `:` command (read by ColonCommand): most act on the file on screen; an id may name another
/// open file.
extension ReaderApp {
    mutating func run(_ command: ColonCommand) {
        switch command {
        case .quit: outbox.append(.quit)
        case .help: mode = .help(HelpOverlay())
        case .clearSearches: clearSearches()
        case .write(let path?): saveCopy(to: path)
        case .write(nil): retrySaves()
        case .tagFilter(let tag): applyTagFilter(tag)
        case .status(let status):
            annotating { $0.setStatusAtCursor(status, &$1, file: $2, &$3) }
        case .regularExpressions(let on):
            reader.usesRegex = on
            say(
                on
                    ? "searches use regular expressions (:literal turns them off)"
                    : "searches are literal, ignoring case and full/half width")
        case .foldToLevel(let level): reader.fold(toLevel: level)
        case .page(let page):
            guard reader.jump(toPage: page) else {
                let count = reader.document.text.pages?.pageCount
                return say(
                    count.map { "no page \(page): this document has \($0)" }
                        ?? "this document has no pages (only PDFs do)",
                    error: true)
            }
            say("page \(page)")
        case .goTo(let id): goTo(id: id)
        case .usage(let usage): say(usage, error: true)
        }
    }

    /// Goes to `FILE:ID` (a file by its name or its number among the open files), or to ID in the current file —
    /// or, when the current file has no such id, in the one other file that has it.
    mutating func goTo(id text: String) {
        if let colon = text.lastIndex(of: ":") {
            let name = String(text[..<colon])
            guard let file = openFile(named: name) else {
                return say(
                    "no open file \"\(name)\" (the files are numbered 1–\(readers.count) in the tree)", error: true)
            }
            current = file
            relayout()
            return goToInCurrentFile(id: String(text[text.index(after: colon)...]))
        }
        let wanted = ColonCommand.normalizedID(text)
        if readers.count > 1, let wanted, wanted.contains("."), reader.index.node(id: wanted) == nil {
            let others = readers.indices.filter { readers[$0].index.node(id: wanted) != nil }
            if others.count == 1 {
                current = others[0]
                relayout()
            } else if others.count > 1 {
                let names = others.map { fileName(of: $0) }.joined(separator: ", ")
                return say(
                    "no requirement \(wanted) in this file; \(names) have it: :\(fileName(of: others[0])):\(wanted)",
                    error: true)
            }
        }
        goToInCurrentFile(id: text)
    }

    /// An open file by its number (1-based) or its name (or the start of it, when only one file fits).
    func openFile(named name: String) -> Int? {
        if let number = Int(name), number >= 1, number <= readers.count { return number - 1 }
        let names = readers.indices.map { fileName(of: $0) }
        if let exact = names.firstIndex(of: name) { return exact }
        let fitting = names.indices.filter { names[$0].hasPrefix(name) || readers[$0].document.path == name }
        return fitting.count == 1 ? fitting[0] : nil
    }

    func fileName(of file: Int) -> String { readers[file].document.fileName }

    /// Goes to the requirement with a dotted id, or to a speech by its number; a wrong id only gets a message.
    mutating func goToInCurrentFile(id: String) {
        guard let normalized = ColonCommand.normalizedID(id) else {
            return say("unknown command \"\(id)\" (try :2.4.3, :2, :q or ? for help)", error: true)
        }
        let parts = normalized.split(separator: ".")
        if parts.count == 1, let number = Int(parts[0]) {
            guard number >= 1, number <= reader.document.speeches.count else {
                return say("no speech \(number): this document has \(reader.document.speeches.count)", error: true)
            }
            return goToSpeech(number)
        }
        guard let node = reader.document.node(id: normalized) else {
            return say(
                "no requirement \(normalized) in \(readers.count > 1 ? fileName(of: current) : "this document")",
                error: true)
        }
        reader.jump(toNode: node.index)
    }
}
