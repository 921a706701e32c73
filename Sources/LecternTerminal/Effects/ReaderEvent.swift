import LecternCore

/// What the reader's update reacts to: a key (resizes and the mouse included), or the outcome of an effect it
/// asked for.
enum ReaderEvent {
    case key(Key)
    /// A `save` went through; the report names conflicts and notices, if any.
    case saved(file: Int, report: AnnotationLayer.SaveReport?)
    case saveFailed(file: Int, reason: String)
    /// `:w` went through: how many files were saved, or why one still was not.
    case savedAgain(count: Int, failure: String?)
    case copyWritten(path: String, sidecarStillUnsaved: Bool)
    case copyFailed(reason: String)
    /// An `undo` took back `change` (nil: there was nothing to undo); its save follows as its own event.
    case undone(AnnotationChange?)
    /// $EDITOR closed on `editor`'s note: the file's text, or nil and why it failed.
    case editorClosed(NoteEditor, text: String?, failure: String?)
}
