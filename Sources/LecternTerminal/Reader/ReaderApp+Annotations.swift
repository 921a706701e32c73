import LecternCore

/// The annotation commands, routed: AnnotationCommands works on one file's reader and says what to show and do;
/// here the reader hands it the file and takes back the message, the effects and the prompt or editor to open.
extension ReaderApp {
    /// Runs an annotation command on file `file` (the one on screen when nil).
    mutating func annotating(
        file: Int? = nil,
        _ command: (inout AnnotationCommands, inout DocumentReader, Int, inout AnnotationCommands.Reply) -> Void
    ) {
        let file = file ?? current
        var reply = AnnotationCommands.Reply(message: message)
        command(&annotationCommands, &readers[file], file, &reply)
        message = reply.message
        outbox += reply.effects
        if let opens = reply.opens { mode = opens }
    }

    /// `u`: undoes the last change to an annotation (an addition, edit or deletion); carried out as an effect,
    /// since it writes (ReaderApp+Effects).
    mutating func undo() {
        outbox.append(.undo)
    }

    /// `]a`/`[a`: the next annotation in this file, else in the next files.
    mutating func goToAnnotation(forward: Bool) {
        if let id = reader.annotation(after: forward), reader.jump(toAnnotation: id) { return }
        for step in 1..<max(1, readers.count) {
            let file = ((current + (forward ? step : -step)) % readers.count + readers.count) % readers.count
            let passages = readers[file].annotations.marks.passages
            guard let passage = forward ? passages.first : passages.last else { continue }
            current = file
            relayout()
            if reader.jump(toAnnotation: passage.id) { return }
        }
        say(forward ? "no annotation after this" : "no annotation before this", error: true)
    }

    /// `:w PATH`: writes the current file's annotations to a new file elsewhere (when the sidecar cannot be saved).
    mutating func saveCopy(to path: String) {
        outbox.append(.writeCopy(file: current, path: path))
    }

    /// `:w`: saves every file whose last save failed.
    mutating func retrySaves() {
        outbox.append(.saveAgain)
    }
}
