import Foundation
import LecternCore

/// The bottom-line prompt: typing a `:` command or a search, and running it.
extension ReaderApp {
    mutating func handlePrompt(_ key: Key, _ prompt: Prompt) {
        var prompt = prompt
        switch prompt.handle(key, knownTags: { knownTags }) {
        case .cancelled:
            if case .search = prompt.kind { reader.finishSearch(accept: false) }
            mode = .normal
        case .submitted:
            mode = .normal
            submit(prompt)
        case .nothingToComplete:
            say("no tag to complete (tags used: \(knownTags.prefix(8).joined(separator: " ")))", error: true)
        case .typing(let changed):
            mode = .prompt(prompt)
            guard changed, case .search(let forward) = prompt.kind else { return }
            if prompt.text.isEmpty { reader.finishSearch(accept: false) } else { reader.updateSearch(query: prompt.text, forward: forward) }
        }
    }

    /// Enter in the prompt: runs what was typed.
    private mutating func submit(_ prompt: Prompt) {
        switch prompt.kind {
        case .tags(let file, let id): setTags(prompt.text, file: file, id: id)
        case .tagFilter: applyTagFilter(prompt.text.trimmingCharacters(in: .whitespaces))
        case .command: run(command: prompt.text)
        case .search:
            if prompt.text.isEmpty { reader.finishSearch(accept: false) } else {
                reader.finishSearch(accept: true)
                searchOtherFiles()
            }
            if let search = reader.search, search.hits.isEmpty {
                let invalid = reader.usesRegex && !RegexSearch.isValid(search.query)
                say(invalid ? "not a regular expression: \(search.query)" : "no hits for \"\(search.query)\"", error: true)
            }
        }
    }

    /// Runs a `:` command: an id (2.4.3), a speech number (2), q, help, noh, level N.
    mutating func run(command text: String) {
        let command = text.trimmingCharacters(in: .whitespaces)
        let words = command.split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        switch first {
        case "q", "q!", "quit", "qa", "qa!": outbox.append(.quit)
        case "h", "help": mode = .help(HelpOverlay())
        case "noh", "nohlsearch": clearSearches()
        case "w", "write":
            if words.count > 1 { saveCopy(to: words.dropFirst().joined(separator: " ")) } else { retrySaves() }
        case "tag", "tags": applyTagFilter(words.dropFirst().joined(separator: " "))
        case "status":
            let name = words.count == 2 ? words[1] : ""
            guard name == "none" || RequirementStatus(rawValue: name) != nil else {
                return say("usage: :status todo|doing|done|none", error: true)
            }
            if let id = annotationAtCursor(creating: true) { setStatus(RequirementStatus(rawValue: name), id: id) }
        case "regex":
            reader.usesRegex = true
            say("searches use regular expressions (:literal turns them off)")
        case "literal":
            reader.usesRegex = false
            say("searches are literal, ignoring case and full/half width")
        case "level", "fold":
            guard words.count == 2, let level = Int(words[1]), level >= 0 else { return say("usage: :level N", error: true) }
            reader.fold(toLevel: level)
        default:
            if let page = Self.pageNumber(in: command) {
                guard reader.jump(toPage: page) else {
                    let count = reader.document.text.pages?.pageCount
                    return say(count.map { "no page \(page): this document has \($0)" } ?? "this document has no pages (only PDFs do)",
                               error: true)
                }
                return say("page \(page)")
            }
            goTo(id: command)
        }
    }

    /// `p12` (or `P12`, `p 12` typed without the space): a page number; nil for anything else.
    static func pageNumber(in command: String) -> Int? {
        guard let first = command.first, first == "p" || first == "P" else { return nil }
        let digits = command.dropFirst().trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits) else { return nil }
        return number
    }

    /// Goes to `FILE:ID` (a file by its name or its number among the open files), or to ID in the current file —
    /// or, when the current file has no such id, in the one other file that has it.
    mutating func goTo(id text: String) {
        if let colon = text.lastIndex(of: ":") {
            let name = String(text[..<colon])
            guard let file = openFile(named: name) else {
                return say("no open file \"\(name)\" (the files are numbered 1–\(readers.count) in the tree)", error: true)
            }
            current = file
            relayout()
            return goToInCurrentFile(id: String(text[text.index(after: colon)...]))
        }
        let wanted = normalizedID(text)
        if readers.count > 1, let wanted, wanted.contains("."), reader.index.nodesByID[wanted] == nil {
            let others = readers.indices.filter { readers[$0].index.nodesByID[wanted] != nil }
            if others.count == 1 {
                current = others[0]
                relayout()
            } else if others.count > 1 {
                let names = others.map { fileName(of: $0) }.joined(separator: ", ")
                return say("no requirement \(wanted) in this file; \(names) have it: :\(fileName(of: others[0])):\(wanted)", error: true)
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

    /// 2.4.3 with full-width digits and dots read as ASCII and leading zeros dropped; nil when not an id.
    func normalizedID(_ id: String) -> String? {
        var folded = String.UnicodeScalarView()
        for scalar in id.unicodeScalars { folded.append(Unicode.Scalar(SearchMatcher.fold(scalar.value)) ?? scalar) }
        return NodeID.normalized(String(folded))
    }

    /// Goes to the requirement with a dotted id, or to a speech by its number; a wrong id only gets a message.
    mutating func goToInCurrentFile(id: String) {
        guard let normalized = normalizedID(id) else {
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
            return say("no requirement \(normalized) in \(readers.count > 1 ? fileName(of: current) : "this document")", error: true)
        }
        reader.jump(toNode: node.index)
    }

    /// Tags used in the open files, the most used first.
    var knownTags: [String] {
        var counts: [String: Int] = [:]
        for reader in readers { for annotation in reader.annotations.annotations { for tag in annotation.tags { counts[tag, default: 0] += 1 } } }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
}
