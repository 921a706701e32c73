/// What the status line says of an effect's outcome; nil leaves what the key said.
extension ReaderEvent {
    var statusMessage: StatusMessage? {
        switch self {
        case .key, .editorClosed: return nil
        case .saved(_, let report):
            if let conflict = report?.conflicts.first {
                return .error("saved; \(conflict.description): the file's version was kept")
            }
            return report?.notices.first.map { .info($0) }
        case .saveFailed(_, let reason): return .error("not saved: \(reason) — kept here; :w tries again")
        case .savedAgain(let count, let failure):
            if let failure { return .error("still not saved: \(failure)") }
            return .info(count == 0 ? "all annotations are saved" : "saved")
        case .copyWritten(let path, let unsaved):
            return .info(
                "annotations written to \(path)\(unsaved ? "; the sidecar itself is still unsaved (:w retries)" : "")")
        case .copyFailed(let reason): return .error("not written: \(reason)")
        case .undone(nil): return .error("nothing to undo")
        case .undone(let change?):
            return .info(
                change.before == nil
                    ? "undone: annotation removed" : change.after == nil ? "undone: annotation restored" : "undone")
        }
    }
}
