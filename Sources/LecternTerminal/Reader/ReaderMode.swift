/// What the keyboard is talking to: the panes, the help overlay, or a prompt on the bottom line.
enum ReaderMode: Equatable {
    case normal
    case help(HelpOverlay)
    case prompt(Prompt)
    /// The list of every annotation.
    case panel(AnnotationPanel)
    /// A note being typed.
    case note(NoteEditor)
}

/// A one-line message in the status line until the next key.
struct StatusMessage: Equatable {
    let text: String
    let isError: Bool
}
