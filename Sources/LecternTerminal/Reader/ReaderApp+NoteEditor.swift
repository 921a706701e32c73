/// Typing a note: text (Chinese from input methods included) goes in at the cursor, Ctrl-J breaks the line,
/// Enter saves, Esc leaves the note as it was.
extension ReaderApp {
    mutating func handleNote(_ key: Key, _ editor: NoteEditor) {
        var editor = editor
        if key == .escape || key == .control("c") {
            mode = .normal
            return say("note unchanged")
        }
        if case .character(let c) = key {
            editor.insert(String(c))
            mode = .note(editor)
            return
        }
        switch KeyBindings.action(for: key, in: .editor) {
        case .editorFinish?:
            mode = .normal
            return saveNote(editor)
        case .editorNewLine?: editor.insert("\n")
        case .editorDeleteBack?: editor.deleteBackward()
        case .editorLeft?: editor.moveLeft()
        case .editorRight?: editor.moveRight()
        case .editorUp?: editor.moveLine(-1)
        case .editorDown?: editor.moveLine(1)
        case .editorLineStart?: editor.moveToLineStart()
        case .editorLineEnd?: editor.moveToLineEnd()
        case .editorComplete?: editor.insert("  ")
        default: break
        }
        mode = .note(editor)
    }
}
