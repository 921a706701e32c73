/// The annotations panel, routed: its keys move and filter the list; what it asks for (going to an annotation,
/// deleting or re-attaching one) is a request.
extension ReaderApp {
    /// Rows of the list on screen.
    var panelHeight: Int { max(1, height - 4) }

    mutating func handlePanel(_ key: Key, _ panel: AnnotationPanel) {
        var panel = panel
        let rows = AnnotationPanel.rows(readers, filter: panel.filter)
        let outcome = panel.handle(key, dispatcher: &dispatcher, rowCount: rows.count, page: panelHeight)
        mode = .panel(panel)
        if let request = AnnotationPanel.request(for: outcome, rows: rows) { apply(request) }
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
