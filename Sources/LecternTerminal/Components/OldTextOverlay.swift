import LecternCore

/// The old text of one requirement beside a comparison (`lectern --diff`, key D): a framed box over the panes
/// saying what changed, then the old text with the characters the new version deleted and inserted in their own
/// styles. Made from one `RequirementChange` and the old text; scrolled by its own keys, closed by Esc or q.
struct OldTextOverlay: Equatable {
    /// The box's title: the requirement and its kind of change.
    let title: String
    /// What the change is, one line each (ids, markers, where a split or merge went).
    let notes: [String]
    /// The text shown, glyph by glyph in its style (deleted and inserted runs set off); empty when there is none.
    let text: [Glyph]
    private(set) var top = 0

    enum Outcome: Equatable { case open, closed }

    init(_ change: RequirementChange, oldText: String) {
        let shown = change.new ?? change.old
        title = " \(shown?.id ?? "") \(change.kind.rawValue) — Esc or q closes "
        notes = Self.notes(change)
        text = Self.text(change, oldText: oldText)
    }

    /// The one line the status shows on arriving at a change (`]c`): its kind and its numbers.
    static func summary(_ change: RequirementChange) -> String {
        var parts = [change.kind.rawValue] + change.aspectNames.filter { $0 != change.kind.rawValue }
        if let old = change.old, let new = change.new, old.marker != new.marker || old.id != new.id {
            parts.append("was \(old.id) \(old.marker)")
        }
        return parts.joined(separator: ", ")
    }

    private static func notes(_ change: RequirementChange) -> [String] {
        var notes: [String] = []
        if let old = change.old { notes.append("old: \(old.id) \(old.label)  (line \(old.line))") }
        if let new = change.new { notes.append("new: \(new.id) \(new.label)  (line \(new.line))") }
        let others = change.aspectNames.filter { $0 != change.kind.rawValue }
        if !others.isEmpty { notes.append("also " + others.joined(separator: ", ")) }
        switch change.kind {
        case .unchanged: notes.append("unchanged")
        case .added: notes.append("added in the new version: there is no old text")
        case .removed: notes.append("removed: the new version no longer has it")
        case .split:
            if let kept = change.related { notes.append("split: the rest of the old text is in \(kept.id)") }
        case .merged:
            if let kept = change.related { notes.append("merged with \(kept.id)") }
        case .reworded, .renumbered, .moved: break
        }
        // A requirement in both versions with no character changes was only renumbered or moved.
        if change.old != nil, change.new != nil, change.kind != .unchanged, change.chunks.isEmpty {
            notes.append("the text is the same")
        }
        return notes
    }

    private static func text(_ change: RequirementChange, oldText: String) -> [Glyph] {
        guard change.old != nil else { return [] }
        guard !change.chunks.isEmpty else { return Glyph.glyphs(oldText, style: Style(.help)) }
        return change.chunks.flatMap { chunk in
            switch chunk.operation {
            case .equal: return Glyph.glyphs(chunk.text, style: Style(.help))
            case .deleted: return Glyph.glyphs(chunk.text, style: Style(.deletedText))
            case .inserted: return Glyph.glyphs(chunk.text, style: Style(.insertedText))
            }
        }
    }

    /// Scrolls within `area` (a page at a time for the page keys), or closes on Esc, q, D or Ctrl-C.
    mutating func handle(_ key: Key, area: Rect) -> Outcome {
        let box = Self.box(in: area)
        let page = max(1, box.height - 2)
        let last = max(0, lines(width: box.width - 4).count - (box.height - 1))
        switch key {
        case .escape, .character("q"), .character("D"), .control("c"): return .closed
        case .character("j"), .down, .enter: top = min(top + 1, last)
        case .character("k"), .up: top = max(0, top - 1)
        case .character(" "), .pageDown, .control("f"), .control("d"): top = min(top + page, last)
        case .character("b"), .pageUp, .control("b"), .control("u"): top = max(0, top - page)
        case .character("g"), .home: top = 0
        case .character("G"), .end: top = last
        default: break
        }
        return .open
    }

    /// The framed box over the panes, the status line left visible below it.
    private static func box(in area: Rect) -> Rect {
        area.centredBox(width: min(area.width - 2, 90), height: area.height - 2, row: 1)
    }

    /// The notes, a blank line, then the text wrapped to `width` columns by the reader's line-breaking rules.
    func lines(width: Int) -> [[Glyph]] {
        guard width > 1 else { return [] }
        let notes = self.notes.flatMap { LineBreaker.lines(Glyph.glyphs($0, style: Style(.helpKey)), width: width) }
        guard !text.isEmpty else { return notes }
        return notes + [[]] + LineBreaker.lines(text, width: width)
    }

    func draw(into screen: inout ScreenBuffer, area: Rect) {
        let box = Self.box(in: area)
        guard box.width >= 10, box.height >= 3 else { return }
        let style = Style(.help)
        screen.fill(row: box.row, columns: box.column..<box.right, style: style)
        let titleGlyphs = Glyph.glyphs(title, style: Style(.helpKey))
        screen.write(
            titleGlyphs, row: box.row, column: box.column + max(0, (box.width - titleGlyphs.displayWidth) / 2),
            limit: box.right)
        let lines = self.lines(width: box.width - 4)
        let first = top
        for line in 1..<box.height {
            let row = box.row + line
            screen.fill(row: row, columns: box.column..<box.right, style: style)
            let i = first + line - 1
            guard i < lines.count else { continue }
            screen.write(lines[i], row: row, column: box.column + 2, limit: box.right - 2)
        }
    }
}
