/// The note editor's keys: text (Chinese from input methods included) goes in at the cursor, Ctrl-J breaks the
/// line, Enter finishes, Esc leaves the note as it was.
extension NoteEditor {
    enum Outcome: Equatable { case editing, finished, cancelled }

    mutating func handle(_ key: Key) -> Outcome {
        if key == .escape || key == .control("c") { return .cancelled }
        if case .character(let c) = key {
            insert(String(c))
            return .editing
        }
        switch KeyBindings.editorAction(for: key) {
        case .finish?: return .finished
        case .newLine?: insert("\n")
        case .deleteBack?: deleteBackward()
        case .left?: moveLeft()
        case .right?: moveRight()
        case .up?: moveLine(-1)
        case .down?: moveLine(1)
        case .lineStart?: moveToLineStart()
        case .lineEnd?: moveToLineEnd()
        case .complete?: insert("  ")
        case nil: break
        }
        return .editing
    }
}
