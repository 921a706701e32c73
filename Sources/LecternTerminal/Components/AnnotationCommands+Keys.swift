/// The annotation keys of the panes (`a`, `t`, `e`, `E`, `s`, `dA`), each one command on the file `file`.
extension AnnotationCommands {
    static let keyActions: Set<Action> = [
        .annotate, .editTags, .editNote, .editNoteExternally, .cycleStatus, .deleteAnnotation,
    ]

    /// Carries out `action`, one of `keyActions`; `canRunEditor` tells whether `E` may hand the note to $EDITOR.
    mutating func perform(
        _ action: Action, canRunEditor: Bool, _ reader: inout DocumentReader, file: Int, _ reply: inout Reply
    ) {
        switch action {
        case .annotate: annotate(&reader, file: file, &reply)
        case .editTags: editTags(&reader, file: file, &reply)
        case .editNote, .editNoteExternally:
            editNote(
                externally: action == .editNoteExternally, canRunEditor: canRunEditor, &reader, file: file, &reply)
        case .cycleStatus: cycleStatus(&reader, file: file, &reply)
        case .deleteAnnotation: deleteAtCursor(&reader, file: file, &reply)
        default: break
        }
    }
}
