/// The annotations panel's keys: moving through the list and editing its filter here; going to, deleting and
/// re-attaching an annotation are outcomes for the reader, which holds the annotations.
extension AnnotationPanel {
    enum Outcome: Equatable {
        case stay, close, help, quit, undo
        /// Enter, x and r on the row of that index.
        case jump(Int)
        case delete(Int)
        case reattach(Int)
        case unbound(String)
        /// A key of the panes that means nothing here.
        case notHere
    }

    /// `page` is how many rows are on screen; `rowCount` how many the filter leaves.
    mutating func handle(_ key: Key, dispatcher: inout KeyDispatcher, rowCount: Int, page: Int) -> Outcome {
        if editingFilter {
            switch key {
            case .enter, .escape, .control("c"): editingFilter = false
            case .backspace: if filter.isEmpty { editingFilter = false } else { filter.removeLast() }
            case .character(let c): filter.append(c)
            default: break
            }
            selected = 0
            top = 0
            return .stay
        }
        if key == .escape || key == .control("c") {
            dispatcher.reset()
            return .close
        }
        switch dispatcher.feed(key, scope: .panel) {
        case .pending: return .stay
        case .unbound(let keys): return .unbound(keys)
        case .panelAction(let action, _):
            switch action {
            case .jump: return .jump(selected)
            case .filter: editingFilter = true
            case .reattach: return .reattach(selected)
            case .close: return .close
            }
        case .action(let action, let count, _, _):
            let n = max(1, count ?? 1)
            switch action {
            case .lineDown: selected += n
            case .lineUp: selected -= n
            case .pageDown, .halfPageDown: selected += page * n / (action == .pageDown ? 1 : 2)
            case .pageUp, .halfPageUp: selected -= page * n / (action == .pageUp ? 1 : 2)
            case .top: selected = 0
            case .bottom: selected = rowCount - 1
            case .cancel: return .close
            case .help: return .help
            case .quit: return .quit
            case .undo: return .undo
            case .deleteAnnotation: return .delete(selected)
            default: return .notHere
            }
        }
        return .stay
    }

    /// Keeps the selected row among `rowCount` rows and on screen.
    mutating func keepSelectionVisible(rowCount: Int, page: Int) {
        selected = max(0, min(selected, rowCount - 1))
        if selected < top { top = selected }
        if selected >= top + page { top = selected - page + 1 }
    }
}

extension AnnotationPanel {
    /// What `outcome` asks of the reader, with `rows` the rows the filter leaves; nil when the panel stays as it is.
    static func request(for outcome: Outcome, rows: [Row]) -> ReaderRequest? {
        let row = { (i: Int) in rows.indices.contains(i) ? rows[i] : nil }
        switch outcome {
        case .stay: return nil
        case .close: return .close
        case .help: return .help
        case .quit: return .quit
        case .undo: return .undo
        case .unbound(let keys): return .say(.error("\(keys) is not a key in the panel (? for help)"))
        case .notHere: return .say(.error("not in the panel: Enter goes to the annotation, q closes it"))
        case .jump(let i): return row(i).map { .goToAnnotation($0.annotation, file: $0.file) }
        case .delete(let i): return row(i).map { .annotation(.delete(id: $0.annotation.id), file: $0.file) }
        case .reattach(let i): return row(i).map { .annotation(.reattach(id: $0.annotation.id), file: $0.file) }
        }
    }
}
