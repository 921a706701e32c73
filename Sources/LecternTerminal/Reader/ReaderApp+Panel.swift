import LecternCore

/// The annotations panel: moving through the list, filtering it, going to an annotation, deleting one, and
/// re-attaching an orphaned or ambiguous one to the selection (or the requirement at the cursor).
extension ReaderApp {
    /// Rows of the list on screen.
    var panelHeight: Int { max(1, height - 4) }

    mutating func handlePanel(_ key: Key, _ panel: AnnotationPanel) {
        var panel = panel
        let rows = AnnotationPanel.rows(readers, filter: panel.filter)
        let outcome = panel.handle(key, dispatcher: &dispatcher, rowCount: rows.count, page: panelHeight)
        mode = .panel(panel)
        let selected = { (i: Int) in rows.indices.contains(i) ? rows[i] : nil }
        switch outcome {
        case .stay: break
        case .close: mode = .normal
        case .help: mode = .help(HelpOverlay())
        case .quit: outbox.append(.quit)
        case .undo: undo()
        case .unbound(let keys): say("\(keys) is not a key in the panel (? for help)", error: true)
        case .notHere: say("not in the panel: Enter goes to the annotation, q closes it", error: true)
        case .jump(let i):
            guard let row = selected(i) else { break }
            mode = .normal
            current = row.file
            relayout()
            if !reader.jump(toAnnotation: row.annotation.id) {
                say("\(row.annotation.anchor.status.rawValue): not in the text any more — select its new passage, "
                    + "then A and r re-attach it", error: true)
            }
        case .delete(let i):
            if let row = selected(i) { deleteAnnotation(file: row.file, id: row.annotation.id) }
        case .reattach(let i):
            if let row = selected(i) { reattach(row) }
        }
        keepPanelSelectionVisible()
    }

    /// After a key or an undo: the panel's selection stays among the rows left and on screen.
    mutating func keepPanelSelectionVisible() {
        guard case .panel(var panel) = mode else { return }
        panel.keepSelectionVisible(rowCount: AnnotationPanel.rows(readers, filter: panel.filter).count, page: panelHeight)
        mode = .panel(panel)
    }

    /// Points an annotation at the selection in its file, or at the requirement at that file's cursor.
    private mutating func reattach(_ row: AnnotationPanel.Row) {
        let file = row.file
        guard let targeting = try? readers[file].annotations.targeting() else {
            return say("annotations of \(fileName(of: file)) are read-only", error: true)
        }
        let target: AnnotationTarget
        if let range = readers[file].selectedCodePoints() {
            target = targeting.target(range, kind: readers[file].selection!.wholeParagraphs ? .paragraphs : .range)
        } else if let node = readers[file].node(at: readers[file].cursor) {
            let n = readers[file].document.nodes[node]
            target = targeting.requirement(n)
        } else {
            return say("select the passage in \(fileName(of: file)) first (v or V), then A and r", error: true)
        }
        let id = row.annotation.id
        changeAnnotations(file: file, id: id) { layer in
            layer.reattach(id, to: target)
            return id
        }
        readers[file].selection = nil
        if message?.isError != true { say("re-attached to \(target.requirement ?? "the selection") (u undoes)") }
    }
}
