/// What the keyboard is talking to: the panes, the help overlay, or a prompt on the bottom line.
enum ReaderMode: Equatable {
    case normal
    case help(HelpOverlay)
    case prompt(Prompt)
    /// The list of every annotation.
    case panel(AnnotationPanel)
    /// A note being typed.
    case note(NoteEditor)
    /// The old text of a requirement, beside a comparison (`lectern --diff`).
    case oldText(OldTextOverlay)

    /// True while the tag prompt, the note editor or the annotations panel is open: keys there change annotations.
    var isEditingAnnotations: Bool {
        switch self {
        case .panel, .note: return true
        case .prompt(let prompt): if case .tags = prompt.kind { return true }
        case .normal, .help, .oldText: break
        }
        return false
    }

    var isEditingNote: Bool {
        if case .note = self { return true }
        return false
    }
}

/// A one-line message in the status line until the next key.
struct StatusMessage: Equatable {
    let text: String
    let isError: Bool
}
