/// Everything a key can ask the reader to do.
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
    // The annotations panel.
    case panelJump, panelFilter, panelReattach, closePanel
    // The tag prompt and the note editor.
    case editorFinish, editorNewLine, editorComplete, editorDeleteBack, editorLeft, editorRight, editorUp, editorDown
    case editorLineStart, editorLineEnd
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
