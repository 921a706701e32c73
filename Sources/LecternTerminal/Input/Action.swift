/// Everything a key can ask of the panes (and, where the annotations panel takes a general key such as j or q,
/// of the panel). The panel's and the editors' own keys have their own enums below.
public enum Action: Hashable, Sendable {
    case quit, help, cancel
    case switchFocus, toggleTree, narrowTree, widenTree
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case toggleFold, openFold, closeFold, openAll, closeAll, foldToLevel
    case nextRequirement, previousRequirement, nextSibling, previousSibling, parent, nextSpeech, previousSpeech
    case nextFile, previousFile
    case commandLine, searchForward, searchBackward, nextHit, previousHit
    case historyBack, historyForward, setMark, jumpToMark
    // Selecting a passage (visual mode).
    case selectCharacters, selectParagraphs, extendLeft, extendRight, extendLineDown, extendLineUp
    case extendSentenceForward, extendSentenceBackward, extendParagraphForward, extendParagraphBackward
    case swapSelectionEnds
    // Annotations.
    case annotate, editTags, editNote, editNoteExternally, cycleStatus, deleteAnnotation, undo
    case nextAnnotation, previousAnnotation, annotationsPanel, tagFilter
    // Comparing two versions (`lectern --diff OLD NEW`).
    case nextChange, previousChange, showOldText
}

/// The annotations panel's own keys.
public enum PanelAction: Hashable, Sendable {
    case jump, filter, reattach, close
}

/// The keys of the tag prompt and the note editor that are not text.
public enum EditorAction: Hashable, Sendable {
    case finish, newLine, complete, deleteBack, left, right, up, down, lineStart, lineEnd
}

/// What a binding asks for, and so which component answers it.
public enum BoundCommand: Hashable, Sendable {
    case pane(Action)
    case panel(PanelAction)
    case editor(EditorAction)
}

/// Where a binding applies: in both panes, only while the tree or the text has the focus, while a passage is
/// being selected, in the annotations panel, or while a tag list or note is being typed.
public enum KeyScope: String, Sendable {
    case anywhere, tree, text, visual, panel, editor

    /// How the help and docs/KEYS.md name the scope; nil for `anywhere`.
    var label: String? {
        switch self {
        case .anywhere: return nil
        case .tree: return "tree pane"
        case .text: return "text pane"
        case .visual: return "while selecting"
        case .panel: return "annotations panel"
        case .editor: return "tags or note"
        }
    }
}
