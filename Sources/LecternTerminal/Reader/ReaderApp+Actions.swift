/// What each action of the panes does: the tree and the reading pane carry out their own (TreePane, ReadingPane);
/// the rest are routed to the component or the library they belong to.
extension ReaderApp {
    mutating func perform(_ action: Action, count: Int?, key: Key, letter: Character?) {
        let n = max(1, count ?? 1)
        let page = max(1, layout.paneHeight - 1)
        if focus == .tree, let row = tree.row(after: action, count: n, page: page, rowCount: tree.rowCount(in: library))
        {
            return tree.select(row, in: &library)
        }
        if let command = ReadingPane.Command(action, key: key, letter: letter) {
            let said = ReadingPane.perform(command, count: n, page: page, on: &reader)
            if let said { message = said }
            // A refused mark leaves the selection as it is.
            if case .setMark = command, said?.isError == true { return }
        } else if !performAcrossPanes(action, count: n) {
            return
        }
        if reader.selection != nil, focus == .text, !Self.selectionActions.contains(action), mode == .normal {
            ReadingPane.extendSelectionToCursor(&reader)
        }
    }

    /// The actions that are not one pane's own. False when n or N found nothing (the selection is left as it is).
    private mutating func performAcrossPanes(_ action: Action, count n: Int) -> Bool {
        if let request = action.request {
            apply(request)
            return true
        }
        switch action {
        case .cancel: dispatcher.reset()
        case .switchFocus: switchFocus()
        case .toggleTree:
            tree.isVisible.toggle()
            relayout()
        case .narrowTree, .widenTree:
            // From the width the tree has when shown, a hidden one included.
            tree.isVisible = true
            tree.resize(action, count: n, shownWidth: layout.treeWidth, maximum: width)
            relayout()
        case .toggleFold, .openFold, .closeFold:
            if focus == .tree { tree.fold(action, in: &library) } else { ReadingPane.fold(action, &reader) }
        case .nextFile, .previousFile:
            acrossFiles(thenFollow: true) { $0.switchFile(by: action == .nextFile ? n : -n) }
        case .nextHit, .previousHit:
            acrossFiles { $0.nextHit(reverse: action == .previousHit, count: n) }
            return message?.isError != true
        case .nextAnnotation, .previousAnnotation:
            for _ in 0..<n { acrossFiles { $0.goToAnnotation(forward: action == .nextAnnotation) } }
        case .nextChange, .previousChange, .showOldText: compare(action, count: n)
        default: break  // the reading pane's own (ReadingPane.Command)
        }
        return true
    }

    static let selectionActions: Set<Action> = [
        .selectCharacters, .selectParagraphs, .extendLeft, .extendRight, .extendLineDown, .extendLineUp,
        .extendSentenceForward, .extendSentenceBackward, .extendParagraphForward, .extendParagraphBackward,
        .swapSelectionEnds, .annotate, .help, .cancel,
    ]

    /// Runs something of the library that may show another file, and lays that file out; the tree follows its
    /// reading position when asked to (after every key it does anyway while the text has the focus).
    mutating func acrossFiles(thenFollow follow: Bool = false, _ body: (inout Library) -> StatusMessage?) {
        let before = library.current
        if let said = body(&library) { message = said }
        if library.current != before || follow { relayout() }
        if follow, message?.isError != true { tree.follow(library) }
    }

    /// `]c`, `[c` and D, beside a comparison of two versions (VersionComparison), on the new one (file 0).
    private mutating func compare(_ action: Action, count: Int) {
        guard let comparison, current == 0 else {
            message = VersionComparison.notOpen
            return
        }
        guard action == .showOldText else {
            message = comparison.jump(forward: action == .nextChange, count: count, &reader)
            if message?.isError != true { tree.follow(library) }
            return
        }
        let removed = focus == .tree ? tree.selectedRemovedChange(in: library) : nil
        guard let overlay = comparison.oldText(removed: removed, at: reader) else {
            return say("no numbered requirement at the cursor", error: true)
        }
        mode = .oldText(overlay)
    }

    /// Tab: between the tree (shown first, when the window is wide enough) and the text.
    private mutating func switchFocus() {
        guard focus == .text else {
            focus = .text
            return
        }
        tree.isVisible = true
        relayout()
        if layout.treeWidth > 0 { focus = .tree } else { say("the window is too narrow for the tree", error: true) }
    }
}
