/// Moving through the reading pane line by line over visible blocks.
extension DocumentReader {
    /// `position` moved by `count` lines (negative: up), stopping at the first and last lines.
    func advanced(_ position: ReadingPosition, by count: Int) -> ReadingPosition {
        var p = position
        var remaining = count
        let flow = self.flow
        if remaining >= 0 {
            while true {
                let lines = lineCount(p.slot)
                if p.line + remaining < lines { return ReadingPosition(slot: p.slot, line: p.line + remaining) }
                guard let next = flow.next(after: p.slot) else { return ReadingPosition(slot: p.slot, line: lines - 1) }
                remaining -= lines - p.line
                p = ReadingPosition(slot: next, line: 0)
            }
        }
        remaining = -remaining
        while true {
            if p.line - remaining >= 0 { return ReadingPosition(slot: p.slot, line: p.line - remaining) }
            guard let previous = flow.previous(before: p.slot) else { return ReadingPosition(slot: p.slot, line: 0) }
            remaining -= p.line + 1
            p = ReadingPosition(slot: previous, line: lineCount(previous) - 1)
        }
    }

    var firstPosition: ReadingPosition { ReadingPosition(slot: flow.first ?? 0, line: 0) }

    var lastPosition: ReadingPosition {
        let slot = flow.last ?? 0
        return ReadingPosition(slot: slot, line: max(0, lineCount(slot) - 1))
    }

    /// Lines from `a` forward to `b`, counting at most `limit`.
    func distance(from a: ReadingPosition, to b: ReadingPosition, limit: Int) -> Int {
        var p = a
        var n = 0
        while p < b, n < limit {
            let next = advanced(p, by: 1)
            if next == p { break }
            p = next
            n += 1
        }
        return n
    }

    /// Puts positions back on visible lines that exist at the current width and folds.
    mutating func normalize() {
        cursor = clamp(cursor)
        top = clamp(top)
        keepCursorVisible()
    }

    private func clamp(_ position: ReadingPosition) -> ReadingPosition {
        guard index.slotCount > 0 else { return ReadingPosition(slot: 0) }
        let slot = flow.visible(atOrBefore: min(position.slot, index.slotCount - 1))
        // A paragraph's first line always exists: its lines are counted (laid out) only for a later one, so the
        // thousands of files of a folder, each at its start, open without laying out any of them.
        let line = slot == position.slot && position.line > 0 ? min(position.line, lineCount(slot) - 1) : 0
        return ReadingPosition(slot: slot, line: max(0, line))
    }

    /// Scrolls so that the cursor is on screen.
    mutating func keepCursorVisible() {
        let height = max(1, textHeight)
        if cursor < top {
            top = cursor
        } else if cursor != top, distance(from: top, to: cursor, limit: height) >= height {
            top = advanced(cursor, by: -(height - 1))
        }
    }

    mutating func moveCursor(by lines: Int) {
        cursor = advanced(cursor, by: lines)
        keepCursorVisible()
    }

    /// Scrolls the view and the cursor together (pages and half pages).
    mutating func scroll(by lines: Int) {
        let newTop = advanced(top, by: lines)
        let moved =
            lines >= 0 ? distance(from: top, to: newTop, limit: lines) : -distance(from: newTop, to: top, limit: -lines)
        top = newTop
        cursor = advanced(cursor, by: moved == 0 ? lines : moved)
        keepCursorVisible()
        if cursor < top { cursor = top }
    }

    /// Puts a position at the top of the view, moving the cursor there.
    mutating func show(_ position: ReadingPosition) {
        cursor = position
        top = position
        normalize()
    }

    /// Progress through the document at the cursor, 0–100.
    var progressPercent: Int {
        guard index.slotCount > 1 else { return 100 }
        if cursor.slot >= lastPosition.slot { return 100 }
        return cursor.slot * 100 / (index.slotCount - 1)
    }
}

extension DocumentReader {
    /// The lines the reading pane shows, from the first, `height` at most (fewer at the end of the document).
    func shownLines(height: Int) -> [ReadingPosition] {
        guard height > 0, index.slotCount > 0 else { return [] }
        var lines: [ReadingPosition] = []
        var position = top
        let flow = self.flow
        while true {
            lines.append(position)
            guard lines.count < height else { break }
            if position.line + 1 < lineCount(position.slot) {
                position.line += 1
            } else if let next = flow.next(after: position.slot) {
                position = ReadingPosition(slot: next, line: 0)
            } else {
                break
            }
        }
        return lines
    }
}
