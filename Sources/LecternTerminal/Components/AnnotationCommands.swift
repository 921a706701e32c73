import LecternCore

/// The annotation commands on one file at a time: annotating, tags, notes, the status, deleting and
/// re-attaching. Every change is applied in memory, kept for undo and saved by an effect; a failure to change
/// is reported without losing anything. The reader hands over the file's reader and its status line's message.
struct AnnotationCommands {
    /// Annotation changes that `u` undoes, the last at the end.
    var undoStack: [AnnotationChange] = []

    /// What a command asks of the reader besides the file's annotations: the status line's message (it starts
    /// as the one shown), effects, and the prompt or editor to open.
    struct Reply {
        var message: StatusMessage?
        var effects: [ReaderEffect] = []
        var opens: ReaderMode?

        mutating func say(_ text: String, error: Bool = false) {
            message = StatusMessage(text: text, isError: error)
        }

        mutating func sayReadOnly(_ error: AnnotationError) {
            say(
                error.isUnreadableFile ? "annotations are read-only: \(error.description)" : error.description,
                error: true)
        }
    }

    /// Applies `change` to the annotations (it returns the id it touched), records it for undo, and asks for a
    /// save. Returns the id, or nil when the annotations are read-only.
    @discardableResult
    mutating func change(
        _ reader: inout DocumentReader, file: Int, id: String?, _ reply: inout Reply,
        _ change: (inout AnnotationLayer) -> String?
    ) -> String? {
        let before = id.flatMap { reader.annotations.annotation($0) }
        let touched: String?
        do { touched = try reader.annotations.apply(change) } catch {
            reply.sayReadOnly(error)
            return nil
        }
        let after = (touched ?? id).flatMap { reader.annotations.annotation($0) }
        if before != after { undoStack.append(AnnotationChange(file: file, before: before, after: after)) }
        reply.effects.append(.save(file: file))
        return touched ?? id
    }

    /// `a`: annotates the selection, or the requirement (else the paragraph) at the cursor, then asks for tags.
    mutating func annotate(_ reader: inout DocumentReader, file: Int, _ reply: inout Reply) {
        let targeting: AnnotationTargeting
        do { targeting = try reader.annotations.targeting() } catch { return reply.sayReadOnly(error) }
        let target: AnnotationTarget
        if let selection = reader.selection, let range = reader.selectedCodePoints() {
            if selection.wholeParagraphs,
                let paragraphs = try? targeting.paragraphs(selection.start.paragraph...selection.end.paragraph)
            {
                target = paragraphs
            } else {
                target = targeting.target(range, kind: .range)
            }
            reader.selection = nil
        } else if let node = reader.node(at: reader.cursor) {
            let n = reader.document.nodes[node]
            if let existing = Self.requirementAnnotation(of: node, in: reader) {
                reader.focusedAnnotation = existing
                reply.opens = .prompt(Self.tagPrompt(reader, file: file, id: existing))
                return reply.say("\(n.id) is already annotated: its tags")
            }
            target = targeting.requirement(n)
        } else if let p = reader.paragraph(at: reader.cursor), let paragraph = try? targeting.paragraphs(p...p) {
            target = paragraph
        } else {
            return reply.say("nothing to annotate here: move to a paragraph or select a passage (v)", error: true)
        }
        guard let id = change(&reader, file: file, id: nil, &reply, { $0.add(target).id }) else { return }
        reader.focusedAnnotation = id
        reply.opens = .prompt(Self.tagPrompt(reader, file: file, id: id))
    }

    /// The annotation of kind requirement on a node, if there is one.
    static func requirementAnnotation(of node: Int, in reader: DocumentReader) -> String? {
        reader.annotations.annotations.first {
            $0.target.kind == .requirement && reader.annotations.marks.nodeOfAnnotation[$0.id] == node
                && $0.anchor.start == reader.document.nodes[node].codePointOffset
        }?.id
    }

    static func tagPrompt(_ reader: DocumentReader, file: Int, id: String) -> Prompt {
        let tags = reader.annotations.annotation(id)?.tags ?? []
        return Prompt(kind: .tags(file: file, id: id), text: tags.map { $0 + " " }.joined())
    }

    /// The annotation the cursor is on; with `creating`, the requirement at the cursor is annotated when none is.
    mutating func annotationAtCursor(_ reader: inout DocumentReader, file: Int, creating: Bool, _ reply: inout Reply)
        -> String?
    {
        if let id = reader.annotationsAtCursor.first { return id }
        guard creating else {
            reply.say("no annotation here (a annotates, ]a goes to the next)", error: true)
            return nil
        }
        guard let node = reader.node(at: reader.cursor) else {
            reply.say("no numbered requirement here: a annotates this paragraph", error: true)
            return nil
        }
        if let existing = Self.requirementAnnotation(of: node, in: reader) { return existing }
        let targeting: AnnotationTargeting
        do { targeting = try reader.annotations.targeting() } catch {
            reply.sayReadOnly(error)
            return nil
        }
        let target = targeting.requirement(reader.document.nodes[node])
        let id = change(&reader, file: file, id: nil, &reply) { $0.add(target).id }
        reader.focusedAnnotation = id
        return id
    }

    /// `T`: the tags of the annotation at the cursor (the requirement is annotated if need be).
    mutating func editTags(_ reader: inout DocumentReader, file: Int, _ reply: inout Reply) {
        if let id = annotationAtCursor(&reader, file: file, creating: true, &reply) {
            reply.opens = .prompt(Self.tagPrompt(reader, file: file, id: id))
        }
    }

    /// Saves new tags typed in the prompt.
    mutating func setTags(_ text: String, id: String, _ reader: inout DocumentReader, file: Int, _ reply: inout Reply) {
        let tags = TagCompletion.words(text)
        let failedBefore = reply.message
        change(&reader, file: file, id: id, &reply) { layer in
            layer.update(id) { $0.tags = tags }
            return id
        }
        if reply.message == nil || reply.message == failedBefore {
            reply.say(tags.isEmpty ? "no tags" : "tagged " + tags.map { "#" + $0 }.joined(separator: " "))
        }
    }

    /// `s`: todo → doing → done → none on the annotation at the cursor (the requirement is annotated if need be).
    mutating func cycleStatus(_ reader: inout DocumentReader, file: Int, _ reply: inout Reply) {
        guard let id = annotationAtCursor(&reader, file: file, creating: true, &reply),
            let annotation = reader.annotations.annotation(id)
        else { return }
        let next: RequirementStatus?
        switch annotation.status {
        case nil: next = .todo
        case .todo: next = .doing
        case .doing: next = .done
        case .done: next = nil
        }
        setStatus(next, id: id, &reader, file: file, &reply)
    }

    /// `:status`: sets the status of the annotation at the cursor (the requirement is annotated if need be).
    mutating func setStatusAtCursor(
        _ status: RequirementStatus?, _ reader: inout DocumentReader, file: Int, _ reply: inout Reply
    ) {
        if let id = annotationAtCursor(&reader, file: file, creating: true, &reply) {
            setStatus(status, id: id, &reader, file: file, &reply)
        }
    }

    private mutating func setStatus(
        _ status: RequirementStatus?, id: String, _ reader: inout DocumentReader, file: Int,
        _ reply: inout Reply
    ) {
        change(&reader, file: file, id: id, &reply) { layer in
            layer.update(id) { $0.status = status }
            return id
        }
        if reply.message == nil { reply.say("status: \(status?.rawValue ?? "none")") }
    }

    /// `e` (here) and `E` ($EDITOR, only where the terminal can run it): the note of the annotation at the cursor.
    mutating func editNote(
        externally: Bool, canRunEditor: Bool, _ reader: inout DocumentReader, file: Int, _ reply: inout Reply
    ) {
        guard let id = annotationAtCursor(&reader, file: file, creating: true, &reply),
            let annotation = reader.annotations.annotation(id)
        else { return }
        let editor = NoteEditor(file: file, id: id, text: annotation.note ?? "")
        if externally {
            guard canRunEditor else {
                return reply.say("$EDITOR needs the terminal reader; e edits the note here", error: true)
            }
            reply.effects.append(.runEditor(editor))
            return
        }
        reply.opens = .note(editor)
    }

    /// Saves a note typed here or in $EDITOR.
    mutating func saveNote(_ editor: NoteEditor, _ reader: inout DocumentReader, _ reply: inout Reply) {
        let note = editor.note
        guard note != editor.original.nilIfEmpty else { return reply.say("note unchanged") }
        change(&reader, file: editor.file, id: editor.id, &reply) { layer in
            layer.update(editor.id) { $0.note = note }
            return editor.id
        }
        if reply.message == nil { reply.say(note == nil ? "note removed" : "note saved") }
    }

    /// $EDITOR closed on `editor`'s note: `text` is the file's content, nil when the editor failed.
    mutating func finishExternalEdit(
        _ editor: NoteEditor, text: String?, failure: String?, _ reader: inout DocumentReader,
        _ reply: inout Reply
    ) {
        guard let text else { return reply.say(failure ?? "the editor failed; the note is unchanged", error: true) }
        var edited = editor
        edited.replaceText(text)
        saveNote(edited, &reader, &reply)
    }

    mutating func delete(_ id: String, _ reader: inout DocumentReader, file: Int, _ reply: inout Reply) {
        change(&reader, file: file, id: id, &reply) { layer in
            layer.delete(id)
            return id
        }
        if reply.message == nil || reply.message?.isError == false { reply.say("annotation deleted (u undoes)") }
    }

    /// `x`: deletes the annotation at the cursor.
    mutating func deleteAtCursor(_ reader: inout DocumentReader, file: Int, _ reply: inout Reply) {
        if let id = annotationAtCursor(&reader, file: file, creating: false, &reply) {
            delete(id, &reader, file: file, &reply)
        }
    }

    /// Points an annotation at the selection in its file, or at the requirement at that file's cursor.
    mutating func reattach(_ id: String, _ reader: inout DocumentReader, file: Int, _ reply: inout Reply) {
        let fileName = reader.document.fileName
        guard let targeting = try? reader.annotations.targeting() else {
            return reply.say("annotations of \(fileName) are read-only", error: true)
        }
        let target: AnnotationTarget
        if let range = reader.selectedCodePoints() {
            target = targeting.target(range, kind: reader.selection!.wholeParagraphs ? .paragraphs : .range)
        } else if let node = reader.node(at: reader.cursor) {
            target = targeting.requirement(reader.document.nodes[node])
        } else {
            return reply.say("select the passage in \(fileName) first (v or V), then A and r", error: true)
        }
        change(&reader, file: file, id: id, &reply) { layer in
            layer.reattach(id, to: target)
            return id
        }
        reader.selection = nil
        if reply.message?.isError != true {
            reply.say("re-attached to \(target.requirement ?? "the selection") (u undoes)")
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
