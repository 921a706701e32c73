import LecternCore

/// Carrying out the effects the update asks for. Only this file writes annotations; the update changes them in
/// memory and asks for a save.
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
        case .save(let file): return [save(file)]
        case .saveAgain:
            var failures: [String] = []
            var saved = 0
            for i in readers.indices where readers[i].annotations.saveError != nil {
                do {
                    try readers[i].annotations.save()
                    saved += 1
                } catch { failures.append(error.description) }
            }
            return [.savedAgain(count: saved, failure: failures.first)]
        case .writeCopy(let file, let path):
            do {
                try readers[file].annotations.saveCopy(to: path)
                return [.copyWritten(path: path, sidecarStillUnsaved: readers[file].annotations.saveError != nil)]
            } catch {
                return [.copyFailed(reason: error.description)]
            }
        case .undo:
            guard let change = annotationCommands.undoStack.popLast() else { return [.undone(nil)] }
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
        case .runEditor: return []
        case .quit:
            isFinished = true
            return []
        }
    }

    private mutating func save(_ file: Int) -> ReaderEvent {
        do {
            return .saved(file: file, report: try readers[file].annotations.save())
        } catch {
            return .saveFailed(file: file, reason: error.description)
        }
    }
}
