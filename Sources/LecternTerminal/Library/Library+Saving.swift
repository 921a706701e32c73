import LecternCore

/// Writing the open files' annotations, as the session's effects ask: each returns the outcome the update is told.
/// Only this file writes annotations; the update changes them in memory and asks for a save.
extension Library {
    mutating func save(_ file: Int) -> ReaderEvent {
        do {
            return .saved(file: file, report: try readers[file].annotations.save())
        } catch {
            return .saveFailed(file: file, reason: error.description)
        }
    }

    /// `:w`: saves again every file whose last save failed.
    mutating func saveAgain() -> ReaderEvent {
        var failures: [String] = []
        var saved = 0
        for i in readers.indices where readers[i].annotations.saveError != nil {
            do {
                try readers[i].annotations.save()
                saved += 1
            } catch { failures.append(error.description) }
        }
        return .savedAgain(count: saved, failure: failures.first)
    }

    /// `:w PATH`: file `file`'s annotations written elsewhere.
    func writeCopy(of file: Int, to path: String) -> ReaderEvent {
        do {
            try readers[file].annotations.saveCopy(to: path)
            return .copyWritten(path: path, sidecarStillUnsaved: readers[file].annotations.saveError != nil)
        } catch {
            return .copyFailed(reason: error.description)
        }
    }

    /// `u`: takes back `change` (the last of the undo history, nil when it is empty) and saves its file.
    mutating func undo(_ change: AnnotationChange?) -> [ReaderEvent] {
        guard let change else { return [.undone(nil)] }
        // The change was applied once, so the layer is open and writable; taking it back cannot fail.
        _ = try? readers[change.file].annotations.apply { layer in
            switch (change.before, change.after) {
            case (nil, let after?): layer.delete(after.id)
            case (let before?, nil): layer.restore(before)
            case (let before?, _): layer.update(before.id) { $0 = before }
            case (nil, nil): break
            }
        }
        return [.undone(change), save(change.file)]
    }
}
