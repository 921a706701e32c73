import Foundation

/// The bottom-line prompt: a `:` command, a search, tags or a tag filter being typed. It takes its own keys
/// (typing, Backspace, Tab completing a tag, Enter, Esc) and draws itself on the status line.
struct Prompt: Equatable {
    enum Kind: Equatable {
        case command
        case search(forward: Bool)
        /// The tags of an annotation of file `file`.
        case tags(file: Int, id: String)
        /// The tag to fold the tree to.
        case tagFilter
    }

    var kind: Kind
    var text: String = ""
    /// Tab completion in progress: the word being completed and which candidate is shown.
    var completion: TagCompletion?

    var leader: String {
        switch kind {
        case .command: return ":"
        case .search(let forward): return forward ? "/" : "\\"
        case .tags: return "tags: "
        case .tagFilter: return "fold to tag: "
        }
    }
}

extension Prompt {
    enum Outcome: Equatable {
        /// Still typing; `changed` when the text changed.
        case typing(changed: Bool)
        case submitted
        /// Esc, or Backspace on an empty line.
        case cancelled
        /// Tab found no tag to complete.
        case nothingToComplete
    }

    /// `knownTags` (the most used first) are asked for only when Tab completes.
    mutating func handle(_ key: Key, knownTags: () -> [String]) -> Outcome {
        switch key {
        case .escape, .control("c"): return .cancelled
        case .enter: return .submitted
        case .backspace:
            if text.isEmpty { return .cancelled }
            text.removeLast()
        case .character(let c): text.append(c)
        case .tab:
            guard takesTags else { return .typing(changed: false) }
            return complete(knownTags()) ? .typing(changed: false) : .nothingToComplete
        default: return .typing(changed: false)
        }
        completion = nil
        return .typing(changed: true)
    }

    private var takesTags: Bool {
        if case .tags = kind { return true }
        return kind == .tagFilter
    }

    /// Tab: the first known tag starting with the last word, again the next one. False when none starts so.
    private mutating func complete(_ known: [String]) -> Bool {
        if var completion {
            text = String(text.dropLast(completion.inserted.count))
            completion.shown = (completion.shown + 1) % completion.candidates.count
            text += completion.inserted
            self.completion = completion
            return true
        }
        guard let completion = TagCompletion(text: text, known: known) else { return false }
        text = String(text.dropLast(completion.typed.count)) + completion.inserted
        self.completion = completion
        return true
    }

    /// The line being typed (its end kept in view), the terminal's cursor after it, and beside it the
    /// completion's candidates or `error`.
    func draw(into screen: inout ScreenBuffer, area: Rect, error: String?) {
        let row = area.row
        screen.fill(row: row, columns: area.column..<area.right, style: Style(.prompt))
        let glyphs = Glyph.glyphs(leader + text, style: Style(.prompt))
        let end = screen.write(StatusLine.tail(glyphs, width: area.width - 1), row: row, column: area.column)
        screen.cursorPosition = CursorPosition(row: row, column: min(end, max(0, area.right - 1)))
        if let completion, completion.candidates.count > 1 {
            let others = completion.candidates.enumerated().map {
                $0.offset == completion.shown ? "[\($0.element)]" : $0.element
            }
            screen.write(
                "  Tab: " + others.joined(separator: " "), style: Style(.foldSummary), row: row, column: end + 1)
        } else if let error {
            screen.write("  " + error, style: Style(.error), row: row, column: end + 1)
        }
    }
}

extension Prompt {
    /// Enter: what the typed text asks of the reader (nil for an empty `:` line).
    var submitted: ReaderRequest? {
        switch kind {
        case .tags(let file, let id): return .annotation(.setTags(text, id: id), file: file)
        case .tagFilter: return .tagFilter(text.trimmingCharacters(in: .whitespaces))
        case .command: return ColonCommand(text)?.request
        case .search: return .acceptSearch(text)
        }
    }
}
