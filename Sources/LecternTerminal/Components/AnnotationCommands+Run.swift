/// Carrying out an AnnotationCommand on the file `file`, whichever component asked for it.
extension AnnotationCommands {
    /// `canRunEditor` tells whether `E` may hand the note to $EDITOR.
    mutating func run(
        _ command: AnnotationCommand, canRunEditor: Bool, _ reader: inout DocumentReader, file: Int,
        _ reply: inout Reply
    ) {
        switch command {
        case .annotate: annotate(&reader, file: file, &reply)
        case .editTags: editTags(&reader, file: file, &reply)
        case .cycleStatus: cycleStatus(&reader, file: file, &reply)
        case .deleteAtCursor: deleteAtCursor(&reader, file: file, &reply)
        case .editNote(let externally):
            editNote(externally: externally, canRunEditor: canRunEditor, &reader, file: file, &reply)
        case .setStatusAtCursor(let status): setStatusAtCursor(status, &reader, file: file, &reply)
        case .setTags(let text, let id): setTags(text, id: id, &reader, file: file, &reply)
        case .delete(let id): delete(id, &reader, file: file, &reply)
        case .reattach(let id): reattach(id, &reader, file: file, &reply)
        case .saveNote(let editor): saveNote(editor, &reader, &reply)
        case .finishExternalEdit(let editor, let text, let failure):
            finishExternalEdit(editor, text: text, failure: failure, &reader, &reply)
        }
    }
}
