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
}

/// Where a binding applies: in both panes, or only while the tree or the text has the focus.
public enum KeyScope: String, Sendable {
    case anywhere, tree, text
}
