/// The reading pane's own commands: moving through the file on screen, folding it by level, jumping between
/// requirements, speeches, marks and earlier places, and selecting a passage. They act on that file's reader
/// alone; what needs the other files is the Library's, the annotations' AnnotationCommands' (ReaderApp+Actions
/// routes them).
enum ReadingPane {
    enum Command: Equatable {
        case line(down: Bool), page(down: Bool), halfPage(down: Bool), top, bottom
        case unfoldAll, foldAll
        /// The digit typed after `z`, nil when the key was not a digit.
        case foldToLevel(Int?)
        case requirement(next: Bool), sibling(next: Bool), parent, speech(next: Bool)
        case history(back: Bool), setMark(Character?), jumpToMark(Character?)
        case select(wholeParagraphs: Bool), swapSelectionEnds
        case extendCharacter(forward: Bool), extendLine(down: Bool), extendSentence(forward: Bool)
        case extendParagraph(forward: Bool)

        /// The pane's command for a bound action, nil when the action is not the reading pane's.
        init?(_ action: Action, key: Key, letter: Character?) {
            switch action {
            case .lineDown, .lineUp: self = .line(down: action == .lineDown)
            case .pageDown, .pageUp: self = .page(down: action == .pageDown)
            case .halfPageDown, .halfPageUp: self = .halfPage(down: action == .halfPageDown)
            case .top: self = .top
            case .bottom: self = .bottom
            case .openAll: self = .unfoldAll
            case .closeAll: self = .foldAll
            case .foldToLevel:
                if case .character(let c) = key {
                    self = .foldToLevel(c.wholeNumberValue)
                } else {
                    self = .foldToLevel(nil)
                }
            case .nextRequirement, .previousRequirement: self = .requirement(next: action == .nextRequirement)
            case .nextSibling, .previousSibling: self = .sibling(next: action == .nextSibling)
            case .parent: self = .parent
            case .nextSpeech, .previousSpeech: self = .speech(next: action == .nextSpeech)
            case .historyBack, .historyForward: self = .history(back: action == .historyBack)
            case .setMark: self = .setMark(letter)
            case .jumpToMark: self = .jumpToMark(letter)
            case .selectCharacters, .selectParagraphs: self = .select(wholeParagraphs: action == .selectParagraphs)
            case .swapSelectionEnds: self = .swapSelectionEnds
            case .extendLeft, .extendRight: self = .extendCharacter(forward: action == .extendRight)
            case .extendLineDown, .extendLineUp: self = .extendLine(down: action == .extendLineDown)
            case .extendSentenceForward, .extendSentenceBackward:
                self = .extendSentence(forward: action == .extendSentenceForward)
            case .extendParagraphForward, .extendParagraphBackward:
                self = .extendParagraph(forward: action == .extendParagraphForward)
            default: return nil
            }
        }
    }

    /// Carries out `command` `count` times (`page` lines a page) on the reader; returns what the status line says.
    static func perform(_ command: Command, count n: Int, page: Int, on reader: inout DocumentReader) -> StatusMessage?
    {
        switch command {
        case .line(let down): reader.moveCursor(by: down ? n : -n)
        case .page(let down): reader.scroll(by: (down ? page : -page) * n)
        case .halfPage(let down): reader.scroll(by: (down ? 1 : -1) * max(1, page / 2) * n)
        case .top: reader.jump(to: reader.firstPosition)
        case .bottom: goToBottom(&reader)
        case .unfoldAll: reader.unfoldAll()
        case .foldAll: reader.fold(toLevel: 0)
        case .foldToLevel(let level): if let level { reader.fold(toLevel: level) }
        case .requirement(let next):
            return next
                ? repeatJump(n, "no numbered requirement after this", &reader) { $0.nextRequirement() }
                : repeatJump(n, "no numbered requirement before this", &reader) { $0.previousRequirement() }
        case .sibling(let next):
            return repeatJump(
                n, next ? "no next requirement at this level" : "no previous requirement at this level", &reader
            ) {
                $0.sibling(forward: next)
            }
        case .parent: goToParent(&reader)
        case .speech(let next):
            let speech = reader.index.speech(ofSlot: reader.cursor.slot)
            return goToSpeech(next ? speech + n : speech - n, &reader)
        case .history(let back): return historyStep(back: back, n, &reader)
        case .setMark(let letter):
            guard let letter, letter.isLetter else { return StatusMessage(text: "marks are letters", isError: true) }
            reader.marks[letter] = reader.cursor
            return StatusMessage(text: "mark \(letter) set", isError: false)
        case .jumpToMark(let letter): return jumpToMark(letter, &reader)
        case .select(let wholeParagraphs): return select(wholeParagraphs: wholeParagraphs, &reader)
        case .swapSelectionEnds: reader.swapSelectionEnds()
        case .extendCharacter(let forward): for _ in 0..<n { reader.extendByCharacter(forward: forward) }
        case .extendLine(let down): reader.extendByLine(down ? n : -n)
        case .extendSentence(let forward): for _ in 0..<n { reader.extendBySentence(forward: forward) }
        case .extendParagraph(let forward): for _ in 0..<n { reader.extendByParagraph(forward: forward) }
        }
        return nil
    }

    /// While selecting, a move that is not a selecting command extends the selection to the cursor's line.
    static func extendSelectionToCursor(_ reader: inout DocumentReader) {
        guard let head = reader.selection?.head, let point = reader.point(at: reader.cursor) else { return }
        if point.paragraph != head.paragraph || reader.position(of: head).line != reader.cursor.line {
            reader.moveHead(to: point)
        }
    }

    /// Goes to speech `number` (kept among those there are), unfolding it.
    static func goToSpeech(_ number: Int, _ reader: inout DocumentReader) -> StatusMessage? {
        let speeches = reader.document.speeches.count
        guard speeches > 0 else { return StatusMessage(text: "this document has no speeches", isError: true) }
        let target = max(1, min(number, speeches))
        reader.folds.set(.speech(target), folded: false)
        reader.jump(to: ReadingPosition(slot: reader.index.slot(ofSpeech: target)))
        return nil
    }

    /// v and V: start selecting; again (the same kind) stops; the other kind switches.
    private static func select(wholeParagraphs: Bool, _ reader: inout DocumentReader) -> StatusMessage? {
        if let selection = reader.selection {
            if selection.wholeParagraphs == wholeParagraphs {
                reader.selection = nil
            } else {
                reader.selection?.wholeParagraphs = wholeParagraphs
            }
            return nil
        }
        guard reader.startSelection(wholeParagraphs: wholeParagraphs, at: reader.pointer) else {
            return StatusMessage(text: "nothing to select here", isError: true)
        }
        return StatusMessage(
            text: wholeParagraphs
                ? "-- SELECT PARAGRAPHS -- (j k } { extend, a annotates, Esc stops)"
                : "-- SELECT -- (h l ) ( } { j k extend, a annotates, Esc stops)", isError: false)
    }

    private static func goToBottom(_ reader: inout DocumentReader) {
        let bottom = reader.lastPosition
        reader.history.record(reader.cursor)
        reader.cursor = bottom
        reader.top = reader.advanced(bottom, by: -(max(1, reader.textHeight) - 1))
        reader.normalize()
    }

    private static func repeatJump(
        _ count: Int, _ failure: String, _ reader: inout DocumentReader,
        _ next: (DocumentReader) -> Int?
    ) -> StatusMessage? {
        var moved = false
        for _ in 0..<count {
            guard let node = next(reader) else { break }
            reader.jump(toNode: node)
            moved = true
        }
        return moved ? nil : StatusMessage(text: failure, isError: true)
    }

    private static func goToParent(_ reader: inout DocumentReader) {
        if let parent = reader.parentOfCursorNode() {
            reader.jump(toNode: parent)
        } else {
            let speech = reader.index.speech(ofSlot: reader.cursor.slot)
            reader.jump(to: ReadingPosition(slot: reader.index.slot(ofSpeech: speech)))
        }
    }

    private static func historyStep(back: Bool, _ count: Int, _ reader: inout DocumentReader) -> StatusMessage? {
        for _ in 0..<count {
            let target =
                back ? reader.history.goBack(from: reader.cursor) : reader.history.goForward(from: reader.cursor)
            guard let target else {
                return StatusMessage(text: back ? "at the oldest jump" : "at the newest jump", isError: true)
            }
            reader.show(target)
        }
        return nil
    }

    private static func jumpToMark(_ letter: Character?, _ reader: inout DocumentReader) -> StatusMessage? {
        guard let letter else { return nil }
        if letter == "'" || letter == "`" {
            guard let back = reader.history.back.last else {
                return StatusMessage(text: "no jump to go back from", isError: true)
            }
            reader.jump(to: back)
            return nil
        }
        guard let position = reader.marks[letter] else {
            return StatusMessage(text: "mark \(letter) is not set", isError: true)
        }
        reader.jump(to: position)
        return nil
    }
}
