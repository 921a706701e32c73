import LecternCore

/// The annotations panel: moving through the list, filtering it, going to an annotation, deleting one, and
/// re-attaching an orphaned or ambiguous one to the selection (or the requirement at the cursor).
extension ReaderApp {
    var panelRows: [AnnotationPanel.Row] {
        guard case .panel(let panel) = mode else { return [] }
        return AnnotationPanel.rows(readers, filter: panel.filter)
    }

    /// Rows of the list on screen.
    var panelHeight: Int { max(1, height - 4) }

    mutating func handlePanel(_ key: Key, _ panel: AnnotationPanel) {
        var panel = panel
        if panel.editingFilter {
            switch key {
            case .enter, .escape, .control("c"): panel.editingFilter = false
            case .backspace: if panel.filter.isEmpty { panel.editingFilter = false } else { panel.filter.removeLast() }
            case .character(let c): panel.filter.append(c)
            default: break
            }
            panel.selected = 0
            panel.top = 0
            mode = .panel(panel)
            return
        }
        if key == .escape || key == .control("c") {
            dispatcher.reset()
            mode = .normal
            return
        }
        switch dispatcher.feed(key, scope: .panel) {
        case .pending: return
        case .unbound(let keys): return say("\(keys) is not a key in the panel (? for help)", error: true)
        case .action(let action, let count, _, _): performInPanel(action, count: max(1, count ?? 1), &panel)
        }
        if case .panel = mode {
            let rows = AnnotationPanel.rows(readers, filter: panel.filter).count
            panel.selected = max(0, min(panel.selected, rows - 1))
            if panel.selected < panel.top { panel.top = panel.selected }
            if panel.selected >= panel.top + panelHeight { panel.top = panel.selected - panelHeight + 1 }
            mode = .panel(panel)
        }
    }

    private mutating func performInPanel(_ action: Action, count: Int, _ panel: inout AnnotationPanel) {
        let rows = AnnotationPanel.rows(readers, filter: panel.filter)
        let selected = rows.indices.contains(panel.selected) ? rows[panel.selected] : nil
        switch action {
        case .lineDown: panel.selected += count
        case .lineUp: panel.selected -= count
        case .pageDown, .halfPageDown: panel.selected += panelHeight * count / (action == .pageDown ? 1 : 2)
        case .pageUp, .halfPageUp: panel.selected -= panelHeight * count / (action == .pageUp ? 1 : 2)
        case .top: panel.selected = 0
        case .bottom: panel.selected = rows.count - 1
        case .panelFilter: panel.editingFilter = true
        case .closePanel, .cancel: mode = .normal
        case .help: mode = .help(top: 0)
        case .quit: outbox.append(.quit)
        case .undo: undo()
        case .panelJump:
            guard let selected else { return }
            mode = .normal
            current = selected.file
            relayout()
            if !reader.jump(toAnnotation: selected.annotation.id) {
                say("\(selected.annotation.anchor.status.rawValue): not in the text any more — select its new passage, "
                    + "then A and r re-attach it", error: true)
            }
        case .deleteAnnotation:
            guard let selected else { return }
            deleteAnnotation(file: selected.file, id: selected.annotation.id)
        case .panelReattach:
            guard let selected else { return }
            reattach(selected)
        default:
            say("not in the panel: Enter goes to the annotation, q closes it", error: true)
        }
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
