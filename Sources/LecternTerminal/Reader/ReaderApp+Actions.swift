/// What each action of the panes does: the tree moves its own selection (TreePane+Keys); the rest act on the
/// reader of the file on screen, or on the tree's selected entry when the tree has the focus.
extension ReaderApp {
    mutating func perform(_ action: Action, count: Int?, key: Key, letter: Character?) {
        let n = max(1, count ?? 1)
        let inTree = focus == .tree
        let page = max(1, layout.paneHeight - 1)
        if inTree, let row = tree.row(after: action, count: n, page: page, rowCount: treeRowCount) { return selectTreeRow(row) }
        switch action {
        case .quit: outbox.append(.quit)
        case .help: mode = .help(HelpOverlay())
        case .cancel: dispatcher.reset()
        case .switchFocus:
            if focus == .text {
                tree.isVisible = true
                relayout()
                if layout.treeWidth > 0 { focus = .tree } else { say("the window is too narrow for the tree", error: true) }
            } else {
                focus = .text
            }
        case .toggleTree:
            tree.isVisible.toggle()
            relayout()
        case .narrowTree: resizeTree(by: -4 * n)
        case .widenTree: resizeTree(by: 4 * n)
        case .lineDown: reader.moveCursor(by: n)
        case .lineUp: reader.moveCursor(by: -n)
        case .pageDown: reader.scroll(by: page * n)
        case .pageUp: reader.scroll(by: -page * n)
        case .halfPageDown: reader.scroll(by: max(1, page / 2) * n)
        case .halfPageUp: reader.scroll(by: -max(1, page / 2) * n)
        case .top: reader.jump(to: reader.firstPosition)
        case .bottom: goToBottom()
        case .toggleFold:
            if inTree, let row = selectedTreeRow, row.entry == nil {
                setFileFolded(row.file, !tree.foldedFiles.contains(row.file))
            } else {
                reader.toggleFold(foldTarget)
            }
        case .openFold: openFold()
        case .closeFold: closeFold()
        case .openAll: reader.unfoldAll()
        case .closeAll: reader.fold(toLevel: 0)
        case .foldToLevel:
            if case .character(let c) = key, let level = c.wholeNumberValue { reader.fold(toLevel: level) }
        case .nextRequirement: repeatJump(n, "no numbered requirement after this") { $0.nextRequirement() }
        case .previousRequirement: repeatJump(n, "no numbered requirement before this") { $0.previousRequirement() }
        case .nextSibling: repeatJump(n, "no next requirement at this level") { $0.sibling(forward: true) }
        case .previousSibling: repeatJump(n, "no previous requirement at this level") { $0.sibling(forward: false) }
        case .parent: goToParent()
        case .nextSpeech: goToSpeech(reader.index.speech(ofSlot: reader.cursor.slot) + n)
        case .previousSpeech: goToSpeech(reader.index.speech(ofSlot: reader.cursor.slot) - n)
        case .nextFile: switchFile(by: n)
        case .previousFile: switchFile(by: -n)
        case .commandLine: mode = .prompt(Prompt(kind: .command))
        case .searchForward: mode = .prompt(Prompt(kind: .search(forward: true)))
        case .searchBackward: mode = .prompt(Prompt(kind: .search(forward: false)))
        case .nextHit, .previousHit:
            guard reader.search != nil else { return say("no search yet: / searches", error: true) }
            for _ in 0..<n where !nextHitAcrossFiles(reverse: action == .previousHit) {
                return say("no hits for \"\(reader.search?.query ?? "")\"", error: true)
            }
        case .historyBack: historyStep(back: true, n)
        case .historyForward: historyStep(back: false, n)
        case .setMark:
            guard let letter, letter.isLetter else { return say("marks are letters", error: true) }
            reader.marks[letter] = reader.cursor
            say("mark \(letter) set")
        case .jumpToMark: jumpToMark(letter)
        case .selectCharacters, .selectParagraphs: select(wholeParagraphs: action == .selectParagraphs)
        case .extendLeft, .extendRight: for _ in 0..<n { reader.extendByCharacter(forward: action == .extendRight) }
        case .extendLineDown, .extendLineUp: reader.extendByLine(action == .extendLineDown ? n : -n)
        case .extendSentenceForward, .extendSentenceBackward:
            for _ in 0..<n { reader.extendBySentence(forward: action == .extendSentenceForward) }
        case .extendParagraphForward, .extendParagraphBackward:
            for _ in 0..<n { reader.extendByParagraph(forward: action == .extendParagraphForward) }
        case .swapSelectionEnds: reader.swapSelectionEnds()
        case .annotate: annotate()
        case .editTags:
            if let id = annotationAtCursor(creating: true) { mode = .prompt(tagPrompt(file: current, id: id)) }
        case .editNote, .editNoteExternally: editNote(externally: action == .editNoteExternally)
        case .cycleStatus: cycleStatus()
        case .deleteAnnotation:
            if let id = annotationAtCursor(creating: false) { deleteAnnotation(file: current, id: id) }
        case .undo: undo()
        case .nextAnnotation, .previousAnnotation:
            for _ in 0..<n { goToAnnotation(forward: action == .nextAnnotation) }
        case .annotationsPanel: mode = .panel(AnnotationPanel())
        case .tagFilter: mode = .prompt(Prompt(kind: .tagFilter))
        }
        if reader.selection != nil, focus == .text, !Self.selectionActions.contains(action), mode == .normal {
            // Any other move while selecting extends the selection to the cursor's line.
            if let point = reader.point(at: reader.cursor), point.paragraph != reader.selection?.head.paragraph
                || reader.position(of: reader.selection!.head).line != reader.cursor.line {
                reader.moveHead(to: point)
            }
        }
    }

    static let selectionActions: Set<Action> = [
        .selectCharacters, .selectParagraphs, .extendLeft, .extendRight, .extendLineDown, .extendLineUp,
        .extendSentenceForward, .extendSentenceBackward, .extendParagraphForward, .extendParagraphBackward,
        .swapSelectionEnds, .annotate, .help, .cancel,
    ]

    /// v and V: start selecting; again (the same kind) stops; the other kind switches.
    private mutating func select(wholeParagraphs: Bool) {
        if let selection = reader.selection {
            if selection.wholeParagraphs == wholeParagraphs { reader.selection = nil } else {
                reader.selection?.wholeParagraphs = wholeParagraphs
            }
            return
        }
        guard reader.startSelection(wholeParagraphs: wholeParagraphs, at: reader.pointer) else {
            return say("nothing to select here", error: true)
        }
        say(wholeParagraphs ? "-- SELECT PARAGRAPHS -- (j k } { extend, a annotates, Esc stops)"
            : "-- SELECT -- (h l ) ( } { j k extend, a annotates, Esc stops)")
    }

    mutating func say(_ text: String, error: Bool = false) {
        message = StatusMessage(text: text, isError: error)
    }

    /// The speech or node that fold commands act on: the tree selection, or the section at the cursor.
    var foldTarget: FoldTarget {
        if focus == .tree, let row = selectedTreeRow, let entry = row.entry, readers[row.file].treeEntries.indices.contains(entry) {
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

    private mutating func goToBottom() {
        let bottom = reader.lastPosition
        reader.history.record(reader.cursor)
        reader.cursor = bottom
        reader.top = reader.advanced(bottom, by: -(max(1, reader.textHeight) - 1))
        reader.normalize()
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
            if focus == .tree { reader.tree.update(reader.index, folds: reader.folds); reselect(target) }
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

    private mutating func repeatJump(_ count: Int, _ failure: String, _ next: (DocumentReader) -> Int?) {
        var moved = false
        for _ in 0..<count {
            guard let node = next(reader) else { break }
            reader.jump(toNode: node)
            moved = true
        }
        if !moved { say(failure, error: true) }
    }

    private mutating func goToParent() {
        if let parent = reader.parentOfCursorNode() {
            reader.jump(toNode: parent)
        } else {
            let speech = reader.index.speech(ofSlot: reader.cursor.slot)
            reader.jump(to: ReadingPosition(slot: reader.index.slot(ofSpeech: speech)))
        }
    }

    mutating func goToSpeech(_ number: Int) {
        let speeches = reader.document.speeches.count
        guard speeches > 0 else { return say("this document has no speeches", error: true) }
        let target = max(1, min(number, speeches))
        reader.folds.set(.speech(target), folded: false)
        reader.jump(to: ReadingPosition(slot: reader.index.slot(ofSpeech: target)))
    }

    private mutating func switchFile(by delta: Int) {
        guard readers.count > 1 else { return say("only one file is open", error: true) }
        current = ((current + delta) % readers.count + readers.count) % readers.count
        relayout()
        followCursorInTree()
    }

    private mutating func historyStep(back: Bool, _ count: Int) {
        for _ in 0..<count {
            let target = back ? reader.history.goBack(from: reader.cursor) : reader.history.goForward(from: reader.cursor)
            guard let target else { return say(back ? "at the oldest jump" : "at the newest jump", error: true) }
            reader.show(target)
        }
    }

    private mutating func jumpToMark(_ letter: Character?) {
        guard let letter else { return }
        if letter == "'" || letter == "`" {
            guard let back = reader.history.back.last else { return say("no jump to go back from", error: true) }
            reader.jump(to: back)
            return
        }
        guard let position = reader.marks[letter] else { return say("mark \(letter) is not set", error: true) }
        reader.jump(to: position)
    }
}
