/// What each action of the panes does: the tree moves its own selection (TreePane+Keys); the rest act on the
/// reader of the file on screen, or on the tree's selected entry when the tree has the focus.
extension ReaderApp {
    mutating func perform(_ action: Action, count: Int?, key: Key, letter: Character?) {
        let n = max(1, count ?? 1)
        let inTree = focus == .tree
        let page = max(1, layout.paneHeight - 1)
        if inTree, let row = tree.row(after: action, count: n, page: page, rowCount: treeRowCount) {
            return selectTreeRow(row)
        }
        if let command = ReadingPane.Command(action, key: key, letter: letter) {
            let said = ReadingPane.perform(command, count: n, page: page, on: &reader)
            if let said { message = said }
            // A refused mark leaves the selection as it is.
            if case .setMark = command, said?.isError == true { return }
        } else if !performAcrossPanes(action, count: n, inTree: inTree) {
            return
        }
        if reader.selection != nil, focus == .text, !Self.selectionActions.contains(action), mode == .normal {
            ReadingPane.extendSelectionToCursor(&reader)
        }
    }

    /// The actions that are not one pane's own: focus and the tree's size, folds picked in either pane, files,
    /// prompts, searches over every file and the annotations. False when n or N found nothing (the selection
    /// is left as it is).
    private mutating func performAcrossPanes(_ action: Action, count n: Int, inTree: Bool) -> Bool {
        switch action {
        case .quit: outbox.append(.quit)
        case .help: mode = .help(HelpOverlay())
        case .cancel: dispatcher.reset()
        case .switchFocus:
            if focus == .text {
                tree.isVisible = true
                relayout()
                if layout.treeWidth > 0 {
                    focus = .tree
                } else {
                    say("the window is too narrow for the tree", error: true)
                }
            } else {
                focus = .text
            }
        case .toggleTree:
            tree.isVisible.toggle()
            relayout()
        case .narrowTree: resizeTree(by: -4 * n)
        case .widenTree: resizeTree(by: 4 * n)
        case .toggleFold:
            if inTree, let row = selectedTreeRow, row.entry == nil {
                setFileFolded(row.file, !tree.foldedFiles.contains(row.file))
            } else {
                reader.toggleFold(foldTarget)
            }
        case .openFold: openFold()
        case .closeFold: closeFold()
        case .nextFile: switchFile(by: n)
        case .previousFile: switchFile(by: -n)
        case .commandLine: mode = .prompt(Prompt(kind: .command))
        case .searchForward: mode = .prompt(Prompt(kind: .search(forward: true)))
        case .searchBackward: mode = .prompt(Prompt(kind: .search(forward: false)))
        case .nextHit, .previousHit:
            guard reader.search != nil else {
                say("no search yet: / searches", error: true)
                return false
            }
            for _ in 0..<n where !nextHitAcrossFiles(reverse: action == .previousHit) {
                say("no hits for \"\(reader.search?.query ?? "")\"", error: true)
                return false
            }
        case .annotate: annotating { $0.annotate(&$1, file: $2, &$3) }
        case .editTags: annotating { $0.editTags(&$1, file: $2, &$3) }
        case .editNote, .editNoteExternally:
            let externally = action == .editNoteExternally
            let canRunEditor = canRunEditor
            annotating { $0.editNote(externally: externally, canRunEditor: canRunEditor, &$1, file: $2, &$3) }
        case .cycleStatus: annotating { $0.cycleStatus(&$1, file: $2, &$3) }
        case .deleteAnnotation: annotating { $0.deleteAtCursor(&$1, file: $2, &$3) }
        case .undo: undo()
        case .nextAnnotation, .previousAnnotation:
            for _ in 0..<n { goToAnnotation(forward: action == .nextAnnotation) }
        case .annotationsPanel: mode = .panel(AnnotationPanel())
        case .tagFilter: mode = .prompt(Prompt(kind: .tagFilter))
        default: break  // the reading pane's own (ReadingPane.Command)
        }
        return true
    }

    static let selectionActions: Set<Action> = [
        .selectCharacters, .selectParagraphs, .extendLeft, .extendRight, .extendLineDown, .extendLineUp,
        .extendSentenceForward, .extendSentenceBackward, .extendParagraphForward, .extendParagraphBackward,
        .swapSelectionEnds, .annotate, .help, .cancel,
    ]

    mutating func say(_ text: String, error: Bool = false) {
        message = StatusMessage(text: text, isError: error)
    }

    /// The speech or node that fold commands act on: the tree selection, or the section at the cursor.
    var foldTarget: FoldTarget {
        if focus == .tree, let row = selectedTreeRow, let entry = row.entry,
            readers[row.file].treeEntries.indices.contains(entry)
        {
            return readers[row.file].treeEntries[entry].target
        }
        return reader.target(at: reader.cursor)
    }

    private mutating func resizeTree(by delta: Int) {
        tree.isVisible = true
        tree.preferredWidth = max(PaneLayout.minimumTreeWidth, min(layout.treeWidth + delta, width))
        relayout()
    }

    private mutating func moveTreeSelection(by delta: Int) {
        selectTreeRow(tree.selection + delta)
    }

    private mutating func openFold() {
        if focus == .tree, let row = selectedTreeRow, row.entry == nil {
            return tree.foldedFiles.contains(row.file) ? setFileFolded(row.file, false) : moveTreeSelection(by: 1)
        }
        let target = foldTarget
        if reader.isFoldable(target), reader.folds.isFolded(target) {
            reader.setFold(target, folded: false)
        } else if focus == .tree {
            moveTreeSelection(by: 1)
        }
    }

    private mutating func closeFold() {
        if focus == .tree, let row = selectedTreeRow, row.entry == nil { return setFileFolded(row.file, true) }
        let target = foldTarget
        if reader.isFoldable(target), !reader.folds.isFolded(target) {
            reader.setFold(target, folded: true)
            if focus == .tree {
                reader.tree.update(reader.index, folds: reader.folds)
                reselect(target)
            }
        } else if focus == .tree, showsFiles, reader.parent(of: target) == nil {
            setFileFolded(current, true)
        } else if let parent = reader.parent(of: target), let foldable = reader.foldable(from: parent) {
            reader.setFold(foldable, folded: true)
            reader.tree.update(reader.index, folds: reader.folds)
            if focus == .tree { reselect(foldable) } else { followCursorInTree() }
        }
    }

    /// Selects a target's tree entry without moving the reading pane away from it.
    private mutating func reselect(_ target: FoldTarget) {
        if let row = reader.tree.row[target] { selectTreeRow(treeRowIndex(TreeRow(file: current, entry: row))) }
    }

    mutating func goToSpeech(_ number: Int) {
        if let said = ReadingPane.goToSpeech(number, &reader) { message = said }
    }

    private mutating func switchFile(by delta: Int) {
        guard readers.count > 1 else { return say("only one file is open", error: true) }
        current = ((current + delta) % readers.count + readers.count) % readers.count
        relayout()
        followCursorInTree()
    }
}
