/// What the keyboard is talking to: the panes, the help overlay, or a prompt on the bottom line.
enum ReaderMode: Equatable {
    case normal
    /// The help overlay, scrolled to `top`.
    case help(top: Int)
    case prompt(Prompt)
}

/// A line being typed: a `:` command or a search.
struct Prompt: Equatable {
    enum Kind: Equatable {
        case command
        case search(forward: Bool)
    }

    var kind: Kind
    var text: String = ""

    var leader: String {
        switch kind {
        case .command: return ":"
        case .search(let forward): return forward ? "/" : "\\"
        }
    }
}

/// A one-line message in the status line until the next key.
struct StatusMessage: Equatable {
    let text: String
    let isError: Bool
}
