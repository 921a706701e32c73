import LecternCore

/// The annotations panel, routed: its keys move and filter the list; going to an annotation changes the file on
/// screen, and deleting or re-attaching one is an annotation command (AnnotationCommands).
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
        case .undo: outbox.append(.undo)
        case .unbound(let keys): say("\(keys) is not a key in the panel (? for help)", error: true)
        case .notHere: say("not in the panel: Enter goes to the annotation, q closes it", error: true)
        case .jump(let i):
            guard let row = selected(i) else { break }
            mode = .normal
            acrossFiles(thenFollow: false) { $0.goTo(annotation: row.annotation, inFile: row.file) }
        case .delete(let i):
            if let row = selected(i) { annotating(file: row.file) { $0.delete(row.annotation.id, &$1, file: $2, &$3) } }
        case .reattach(let i):
            if let row = selected(i) {
                annotating(file: row.file) { $0.reattach(row.annotation.id, &$1, file: $2, &$3) }
            }
        }
        keepPanelSelectionVisible()
    }

    /// After a key or an undo: the panel's selection stays among the rows left and on screen.
    mutating func keepPanelSelectionVisible() {
        guard case .panel(var panel) = mode else { return }
        panel.keepSelectionVisible(
            rowCount: AnnotationPanel.rows(readers, filter: panel.filter).count, page: panelHeight)
        mode = .panel(panel)
    }
}
