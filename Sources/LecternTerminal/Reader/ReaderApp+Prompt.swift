import Foundation
import LecternCore

/// The bottom-line prompt: typing a `:` command, a search, tags or a tag filter, and running it.
extension ReaderApp {
    mutating func handlePrompt(_ key: Key, _ prompt: Prompt) {
        var prompt = prompt
        switch prompt.handle(key, knownTags: { self.library.knownTags }) {
        case .cancelled:
            if case .search = prompt.kind { reader.finishSearch(accept: false) }
            mode = .normal
        case .submitted:
            mode = .normal
            submit(prompt)
        case .nothingToComplete:
            say("no tag to complete (tags used: \(library.knownTags.prefix(8).joined(separator: " ")))", error: true)
        case .typing(let changed):
            mode = .prompt(prompt)
            if changed, case .search(let forward) = prompt.kind {
                ReadingPane.typeSearch(prompt.text, forward: forward, &reader)
            }
        }
    }

    /// Enter in the prompt: runs what was typed.
    private mutating func submit(_ prompt: Prompt) {
        switch prompt.kind {
        case .tags(let file, let id): annotating(file: file) { $0.setTags(prompt.text, id: id, &$1, file: $2, &$3) }
        case .tagFilter: applyTagFilter(prompt.text.trimmingCharacters(in: .whitespaces))
        case .command: if let command = ColonCommand(prompt.text) { run(command) }
        case .search: if let said = library.acceptSearch(prompt.text) { message = said }
        }
    }
}
