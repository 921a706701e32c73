import LecternCore

/// What an update asks to have done outside the reader's state: writing annotations, running $EDITOR, quitting.
/// The update never does these itself; the session carries them out and sends the outcome back as a
/// `ReaderEvent`, so keys replayed on the whole documents can stop before the first one that writes.
enum ReaderEffect: Equatable {
    /// Write file `file`'s annotations (changed in memory by the update) to its sidecar.
    case save(file: Int)
    /// `:w`: save again every file whose last save failed.
    case saveAgain
    /// `:w PATH`: write file `file`'s annotations to a new file elsewhere.
    case writeCopy(file: Int, path: String)
    /// `u`: take back the last change to an annotation, and save.
    case undo
    /// Open a note in $EDITOR; only the terminal can (the backend hands back `ReaderEvent.editorClosed`).
    case runEditor(NoteEditor)
    case quit

    /// Effects that write, or give the terminal to another program: keys typed while loading stop before the
    /// first of them, since they would act on annotations the user has not seen.
    var waitsForWholeDocuments: Bool {
        if case .quit = self { return false }
        return true
    }
}
