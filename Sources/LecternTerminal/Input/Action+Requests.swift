/// The actions of the panes that ask the reader for something whatever the state: quitting, help, undo, opening
/// a prompt or the panel, an annotation command on the file on screen.
extension Action {
    var request: ReaderRequest? {
        switch self {
        case .quit: return .quit
        case .help: return .help
        case .undo: return .undo
        case .commandLine: return .open(.prompt(Prompt(kind: .command)))
        case .searchForward, .searchBackward:
            return .open(.prompt(Prompt(kind: .search(forward: self == .searchForward))))
        case .tagFilter: return .open(.prompt(Prompt(kind: .tagFilter)))
        case .annotationsPanel: return .open(.panel(AnnotationPanel()))
        case .annotate: return .annotation(.annotate, file: nil)
        case .editTags: return .annotation(.editTags, file: nil)
        case .editNote, .editNoteExternally:
            return .annotation(.editNote(externally: self == .editNoteExternally), file: nil)
        case .cycleStatus: return .annotation(.cycleStatus, file: nil)
        case .deleteAnnotation: return .annotation(.deleteAtCursor, file: nil)
        default: return nil
        }
    }
}
