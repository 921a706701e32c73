import LecternCore

/// What a component asks of the reader beyond its own state. Components answer with these — a `:` command, a
/// submitted prompt, a key of the annotations panel, an action of the panes — and the router carries them out on
/// what they concern (ReaderApp+Requests), so no component reaches into another.
enum ReaderRequest: Equatable {
    case quit, help, undo, clearSearches
    /// The component with the keys closes; they go back to the panes.
    case close
    case say(StatusMessage)
    /// A component takes the keys: a prompt, the panel, help.
    case open(ReaderMode)
    /// `:w`: save again what failed to save; `:w PATH`: the current file's annotations written there.
    case saveAgain
    case writeCopy(path: String)
    /// Fold every file to the requirements carrying the tag (empty: unfold).
    case tagFilter(String)
    /// A requirement's id, a speech number or `FILE:ID`, as typed.
    case goTo(String)
    case goToAnnotation(Annotation, file: Int)
    /// An annotation command on file `file`, the one on screen when nil.
    case annotation(AnnotationCommand, file: Int?)
    /// Enter in the search prompt: the search typed becomes the search of every file.
    case acceptSearch(String)
    /// `:regex`, `:literal`, `:level N`, `:pN`: on the file on screen.
    case useRegularExpressions(Bool)
    case foldToLevel(Int)
    case page(Int)
}

/// An annotation command, as a component asks for it; AnnotationCommands carries it out on one file's reader.
enum AnnotationCommand: Equatable {
    /// `a`, `t`, `s`, `x`: on the selection or the requirement at the cursor.
    case annotate, editTags, cycleStatus, deleteAtCursor
    /// `e` here, `E` in $EDITOR.
    case editNote(externally: Bool)
    /// `:status`; nil for none.
    case setStatusAtCursor(RequirementStatus?)
    /// The tag prompt's text for annotation `id`.
    case setTags(String, id: String)
    /// The panel's `x` and `r`.
    case delete(id: String)
    case reattach(id: String)
    /// A note typed here, or handed back by $EDITOR (`text` nil when it failed, and why).
    case saveNote(NoteEditor)
    case finishExternalEdit(NoteEditor, text: String?, failure: String?)
}
