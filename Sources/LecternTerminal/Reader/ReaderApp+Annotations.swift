import LecternCore

/// Making and changing annotations from the reader: every change is saved at once, can be undone, and a
/// failure to save is reported without losing anything.
extension ReaderApp {
    /// Applies `change` to file `file`'s annotations in memory (it returns the id it touched), records it for
    /// undo, and asks for a save. Returns the id, or nil when the annotations are read-only.
    @discardableResult
    mutating func changeAnnotations(file: Int, id: String?, _ change: (inout AnnotationLayer) -> String?) -> String? {
        let before = id.flatMap { readers[file].annotations.annotation($0) }
        let touched: String?
        do { touched = try readers[file].annotations.apply(change) } catch {
            say(error.isUnreadableFile ? "annotations are read-only: \(error.description)" : error.description, error: true)
            return nil
        }
        let after = (touched ?? id).flatMap { readers[file].annotations.annotation($0) }
        if before != after { undoStack.append(AnnotationChange(file: file, before: before, after: after)) }
        outbox.append(.save(file: file))
        return touched ?? id
    }

    /// `a`: annotates the selection, or the requirement (else the paragraph) at the cursor, then asks for tags.
    mutating func annotate() {
        let file = current
        let targeting: AnnotationTargeting
        do { targeting = try reader.annotations.targeting() } catch {
            return say(error.isUnreadableFile ? "annotations are read-only: \(error.description)" : error.description, error: true)
        }
        let target: AnnotationTarget
        if let selection = reader.selection, let range = reader.selectedCodePoints() {
            if selection.wholeParagraphs, let paragraphs = try? targeting.paragraphs(selection.start.paragraph...selection.end.paragraph) {
                target = paragraphs
            } else {
                target = targeting.target(range, kind: .range)
            }
            reader.selection = nil
        } else if let node = reader.node(at: reader.cursor) {
            let n = reader.document.nodes[node]
            if let existing = requirementAnnotation(of: node) {
                reader.focusedAnnotation = existing
                mode = .prompt(tagPrompt(file: file, id: existing))
                return say("\(n.id) is already annotated: its tags")
            }
            target = targeting.requirement(n)
        } else if let p = reader.paragraph(at: reader.cursor), let paragraph = try? targeting.paragraphs(p...p) {
            target = paragraph
        } else {
            return say("nothing to annotate here: move to a paragraph or select a passage (v)", error: true)
        }
        guard let id = changeAnnotations(file: file, id: nil, { $0.add(target).id }) else { return }
        reader.focusedAnnotation = id
        mode = .prompt(tagPrompt(file: file, id: id))
    }

    /// The annotation of kind requirement on a node, if there is one.
    func requirementAnnotation(of node: Int) -> String? {
        reader.annotations.annotations.first {
            $0.target.kind == .requirement && reader.annotations.marks.nodeOfAnnotation[$0.id] == node
                && $0.anchor.start == reader.document.nodes[node].codePointOffset
        }?.id
    }

    func tagPrompt(file: Int, id: String) -> Prompt {
        let tags = readers[file].annotations.annotation(id)?.tags ?? []
        return Prompt(kind: .tags(file: file, id: id), text: tags.map { $0 + " " }.joined())
    }

    /// The annotation the cursor is on; with `creating`, the requirement at the cursor is annotated when none is.
    mutating func annotationAtCursor(creating: Bool) -> String? {
        if let id = reader.annotationsAtCursor.first { return id }
        guard creating else {
            say("no annotation here (a annotates, ]a goes to the next)", error: true)
            return nil
        }
        guard let node = reader.node(at: reader.cursor) else {
            say("no numbered requirement here: a annotates this paragraph", error: true)
            return nil
        }
        if let existing = requirementAnnotation(of: node) { return existing }
        let targeting: AnnotationTargeting
        do { targeting = try reader.annotations.targeting() } catch {
            say(error.isUnreadableFile ? "annotations are read-only: \(error.description)" : error.description, error: true)
            return nil
        }
        let n = reader.document.nodes[node]
        let target = targeting.requirement(n)
        let id = changeAnnotations(file: current, id: nil) { $0.add(target).id }
        reader.focusedAnnotation = id
        return id
    }

    /// Saves new tags typed in the prompt.
    mutating func setTags(_ text: String, file: Int, id: String) {
        let tags = TagCompletion.words(text)
        let failedBefore = message
        changeAnnotations(file: file, id: id) { layer in
            layer.update(id) { $0.tags = tags }
            return id
        }
        if message == nil || message == failedBefore {
            say(tags.isEmpty ? "no tags" : "tagged " + tags.map { "#" + $0 }.joined(separator: " "))
        }
    }

    /// `s`: todo → doing → done → none on the annotation at the cursor (the requirement is annotated if need be).
    mutating func cycleStatus() {
        guard let id = annotationAtCursor(creating: true),
              let annotation = reader.annotations.annotation(id) else { return }
        let next: RequirementStatus?
        switch annotation.status {
        case nil: next = .todo
        case .todo: next = .doing
        case .doing: next = .done
        case .done: next = nil
        }
        setStatus(next, id: id)
    }

    mutating func setStatus(_ status: RequirementStatus?, id: String) {
        changeAnnotations(file: current, id: id) { layer in
            layer.update(id) { $0.status = status }
            return id
        }
        if message == nil { say("status: \(status?.rawValue ?? "none")") }
    }

    mutating func editNote(externally: Bool) {
        guard let id = annotationAtCursor(creating: true),
              let annotation = reader.annotations.annotation(id) else { return }
        if externally {
            guard canRunEditor else { return say("$EDITOR needs the terminal reader; e edits the note here", error: true) }
            outbox.append(.runEditor(NoteEditor(file: current, id: id, text: annotation.note ?? "")))
            return
        }
        mode = .note(NoteEditor(file: current, id: id, text: annotation.note ?? ""))
    }

    /// Saves a note typed here or in $EDITOR.
    mutating func saveNote(_ editor: NoteEditor) {
        let note = editor.note
        guard note != editor.original.nilIfEmpty else { return say("note unchanged") }
        changeAnnotations(file: editor.file, id: editor.id) { layer in
            layer.update(editor.id) { $0.note = note }
            return editor.id
        }
        if message == nil { say(note == nil ? "note removed" : "note saved") }
    }

    /// $EDITOR closed on `editor`'s note: `text` is the file's content, nil when the editor failed.
    mutating func finishExternalEdit(_ editor: NoteEditor, text: String?, failure: String?) {
        guard let text else { return say(failure ?? "the editor failed; the note is unchanged", error: true) }
        var edited = editor
        edited.replaceText(text)
        saveNote(edited)
    }

    mutating func deleteAnnotation(file: Int, id: String) {
        changeAnnotations(file: file, id: id) { layer in
            layer.delete(id)
            return id
        }
        if message == nil || message?.isError == false { say("annotation deleted (u undoes)") }
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

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
