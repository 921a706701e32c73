/// What the keyboard is talking to: the panes, the help overlay, or a prompt on the bottom line.
enum ReaderMode: Equatable {
    case normal
    /// The help overlay, scrolled to `top`.
    case help(top: Int)
    case prompt(Prompt)
    /// The list of every annotation.
    case panel(AnnotationPanel)
    /// A note being typed.
    case note(NoteEditor)
}

/// A line being typed: a `:` command or a search.
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

/// A one-line message in the status line until the next key.
struct StatusMessage: Equatable {
    let text: String
    let isError: Bool
}
