import LecternCore

/// The update for the outcomes of effects: what the status line says about a save, a copy, an undo or $EDITOR.
/// A save's conflict, failure or notice replaces what the key that asked for it said.
extension ReaderApp {
    mutating func receive(_ outcome: ReaderEvent) {
        switch outcome {
        case .key: break
        case .saved(_, let report):
            if let conflict = report?.conflicts.first {
                say("saved; \(conflict.description): the file's version was kept", error: true)
            } else if let notice = report?.notices.first {
                say(notice)
            }
        case .saveFailed(_, let reason): say("not saved: \(reason) — kept here; :w tries again", error: true)
        case .savedAgain(let count, let failure):
            if let failure { return say("still not saved: \(failure)", error: true) }
            say(count == 0 ? "all annotations are saved" : "saved")
        case .copyWritten(let path, let unsaved):
            say("annotations written to \(path)\(unsaved ? "; the sidecar itself is still unsaved (:w retries)" : "")")
        case .copyFailed(let reason): say("not written: \(reason)", error: true)
        case .undone(nil): say("nothing to undo", error: true)
        case .undone(let change?):
            say(
                change.before == nil
                    ? "undone: annotation removed" : change.after == nil ? "undone: annotation restored" : "undone")
            keepPanelSelectionVisible()
        case .editorClosed(let editor, let text, let failure):
            annotating(file: editor.file) { commands, reader, _, reply in
                commands.finishExternalEdit(editor, text: text, failure: failure, &reader, &reply)
            }
        }
    }
}
