import LecternCore

/// Carrying out the effects the update asks for: the library writes the annotations (Library+Saving), and what
/// happened comes back as events.
extension ReaderApp {
    /// Updates with `event` and carries out its effects, and those of the outcomes they bring, in order. Returns
    /// the effects only the terminal can carry out ($EDITOR).
    mutating func send(_ event: ReaderEvent) -> [ReaderEffect] {
        var events = [event]
        var forTerminal: [ReaderEffect] = []
        while !events.isEmpty {
            for effect in update(events.removeFirst()) {
                if case .runEditor = effect { forTerminal.append(effect) } else { events += carryOut(effect) }
            }
        }
        return forTerminal
    }

    /// Does what `effect` asks and says how it went (nothing for $EDITOR, which the terminal runs).
    mutating func carryOut(_ effect: ReaderEffect) -> [ReaderEvent] {
        switch effect {
        case .save(let file): return [library.save(file)]
        case .saveAgain: return [library.saveAgain()]
        case .writeCopy(let file, let path): return [library.writeCopy(of: file, to: path)]
        case .undo: return library.undo(annotationCommands.undoStack.popLast())
        case .runEditor: return []
        case .quit:
            isFinished = true
            return []
        }
    }

    /// The outcome of an effect: the status line says how it went (a save's conflict, failure or notice replaces
    /// what the key that asked for it said); an undo keeps the panel's selection on its rows, and a note from
    /// $EDITOR is saved as the note editor's would be.
    mutating func receive(_ outcome: ReaderEvent) {
        if let said = outcome.statusMessage { message = said }
        switch outcome {
        case .undone(.some): keepPanelSelectionVisible()
        case .editorClosed(let editor, let text, let failure):
            apply(.annotation(.finishExternalEdit(editor, text: text, failure: failure), file: editor.file))
        default: break
        }
    }
}
