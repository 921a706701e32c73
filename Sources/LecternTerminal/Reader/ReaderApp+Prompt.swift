import Foundation

/// The bottom-line prompt: typing a `:` command or a search, and running it.
extension ReaderApp {
    mutating func handlePrompt(_ key: Key, _ prompt: Prompt) {
        var prompt = prompt
        switch key {
        case .escape, .control("c"):
            if case .search = prompt.kind { reader.finishSearch(accept: false) }
            mode = .normal
            return
        case .enter:
            mode = .normal
            switch prompt.kind {
            case .command: run(command: prompt.text)
            case .search:
                if prompt.text.isEmpty { reader.finishSearch(accept: false) } else { reader.finishSearch(accept: true) }
                if let search = reader.search, search.hits.isEmpty {
                    let invalid = reader.usesRegex && !RegexSearch.isValid(search.query)
                    say(invalid ? "not a regular expression: \(search.query)" : "no hits for \"\(search.query)\"", error: true)
                }
            }
            return
        case .backspace:
            if prompt.text.isEmpty {
                if case .search = prompt.kind { reader.finishSearch(accept: false) }
                mode = .normal
                return
            }
            prompt.text.removeLast()
        case .character(let c):
            prompt.text.append(c)
        default:
            return
        }
        mode = .prompt(prompt)
        if case .search(let forward) = prompt.kind {
            if prompt.text.isEmpty { reader.finishSearch(accept: false) } else { reader.updateSearch(query: prompt.text, forward: forward) }
        }
    }

    /// Runs a `:` command: an id (2.4.3), a speech number (2), q, help, noh, level N.
    mutating func run(command text: String) {
        let command = text.trimmingCharacters(in: .whitespaces)
        let words = command.split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        switch first {
        case "q", "q!", "quit", "qa", "qa!": isFinished = true
        case "h", "help": mode = .help(top: 0)
        case "noh", "nohlsearch": reader.search = nil
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
            goTo(id: command)
        }
    }

    /// Goes to the requirement with a dotted id, or to a speech by its number; a wrong id only gets a message.
    mutating func goTo(id: String) {
        // Full-width digits and dots (２．４．３) read as ASCII ones.
        var folded = String.UnicodeScalarView()
        for scalar in id.unicodeScalars { folded.append(Unicode.Scalar(SearchMatcher.fold(scalar.value)) ?? scalar) }
        let parts = String(folded).split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else {
            return say("unknown command \"\(id)\" (try :2.4.3, :2, :q or ? for help)", error: true)
        }
        if parts.count == 1, let number = Int(parts[0]) {
            guard number >= 1, number <= reader.document.speeches.count else {
                return say("no speech \(number): this document has \(reader.document.speeches.count)", error: true)
            }
            return goToSpeech(number)
        }
        let normalized = parts.map { String(Int($0)!) }.joined(separator: ".")
        guard let node = reader.document.node(id: normalized) else {
            return say("no requirement \(normalized) in this document", error: true)
        }
        reader.jump(toNode: node.index)
    }
}
