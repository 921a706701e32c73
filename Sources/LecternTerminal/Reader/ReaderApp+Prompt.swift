/// The bottom-line prompt, routed: typing a search moves the hits as it goes; Enter carries out what was typed.
extension ReaderApp {
    mutating func handlePrompt(_ key: Key, _ prompt: Prompt) {
        var prompt = prompt
        switch prompt.handle(key, knownTags: { self.library.knownTags }) {
        case .cancelled:
            if case .search = prompt.kind { reader.finishSearch(accept: false) }
            mode = .normal
        case .submitted:
            mode = .normal
            if let request = prompt.submitted { apply(request) }
        case .nothingToComplete:
            say("no tag to complete (tags used: \(library.knownTags.prefix(8).joined(separator: " ")))", error: true)
        case .typing(let changed):
            mode = .prompt(prompt)
            if changed, case .search(let forward) = prompt.kind {
                ReadingPane.typeSearch(prompt.text, forward: forward, &reader)
            }
        }
    }
}
