/// Selecting a passage by keyboard: starting at the cursor, extending the head by characters, sentences,
/// paragraphs or lines across visible paragraphs, and keeping the reading cursor on the head.
extension DocumentReader {
    func glyphCount(ofParagraph p: Int) -> Int { wrapped(index.slot(ofParagraph: p)).glyphs.count }

    /// The character at a line's start (or at `column` display columns into it); on a speech header the next
    /// paragraph's first.
    func point(at position: ReadingPosition, column: Int = 0) -> TextPoint? {
        guard let p = paragraph(at: position) else {
            guard let next = visibleParagraph(after: position.slot) else { return nil }
            return TextPoint(paragraph: next, glyph: 0)
        }
        let block = wrapped(position.slot)
        guard !block.glyphs.isEmpty else { return TextPoint(paragraph: p, glyph: 0) }
        guard position.line < block.lines.count else {
            // The blank line after a paragraph: the next paragraph's start.
            if let next = visibleParagraph(after: position.slot) { return TextPoint(paragraph: next, glyph: 0) }
            return TextPoint(paragraph: p, glyph: block.glyphs.count - 1)
        }
        let line = block.lines[position.line]
        var glyph = line.lowerBound
        var used = 0
        while glyph + 1 < line.upperBound, used + block.glyphs[glyph].width <= column {
            used += block.glyphs[glyph].width
            glyph += 1
        }
        return TextPoint(paragraph: p, glyph: min(glyph, block.glyphs.count - 1))
    }

    /// The reading position showing a character.
    func position(of point: TextPoint) -> ReadingPosition {
        let slot = index.slot(ofParagraph: point.paragraph)
        return ReadingPosition(slot: slot, line: line(ofGlyph: point.glyph, inSlot: slot))
    }

    /// The first visible paragraph after a slot.
    func visibleParagraph(after slot: Int) -> Int? {
        var s = slot
        while let next = flow.next(after: s) {
            if case .paragraph(let p) = index.block(atSlot: next) { return p }
            s = next
        }
        return nil
    }

    func visibleParagraph(before slot: Int) -> Int? {
        var s = slot
        while let previous = flow.previous(before: s) {
            if case .paragraph(let p) = index.block(atSlot: previous) { return p }
            s = previous
        }
        return nil
    }

    /// Starts selecting at the cursor (at `pointer` when the cursor is on its line). False on an empty document.
    mutating func startSelection(wholeParagraphs: Bool, at pointer: TextPoint? = nil) -> Bool {
        let start = pointer.flatMap {
            position(of: $0).slot == cursor.slot && position(of: $0).line == cursor.line ? $0 : nil
        }
        guard let point = start ?? point(at: cursor) else { return false }
        selection = Selection(anchor: point, head: point, wholeParagraphs: wholeParagraphs)
        moveHead(to: point)
        return true
    }

    /// Moves the selection's head, bringing the cursor and the view along.
    mutating func moveHead(to point: TextPoint) {
        selection?.head = point
        cursor = position(of: point)
        keepCursorVisible()
    }

    mutating func extendByCharacter(forward: Bool) {
        guard let head = selection?.head else { return }
        let slot = index.slot(ofParagraph: head.paragraph)
        if forward {
            if head.glyph + 1 < glyphCount(ofParagraph: head.paragraph) {
                moveHead(to: TextPoint(paragraph: head.paragraph, glyph: head.glyph + 1))
            } else if let next = visibleParagraph(after: slot) {
                moveHead(to: TextPoint(paragraph: next, glyph: 0))
            }
        } else if head.glyph > 0 {
            moveHead(to: TextPoint(paragraph: head.paragraph, glyph: head.glyph - 1))
        } else if let previous = visibleParagraph(before: slot) {
            moveHead(to: TextPoint(paragraph: previous, glyph: max(0, glyphCount(ofParagraph: previous) - 1)))
        }
    }

    /// To the end of the head's sentence, or (already there) of the next; back to its start, or the previous one's.
    mutating func extendBySentence(forward: Bool) {
        guard let head = selection?.head else { return }
        let slot = index.slot(ofParagraph: head.paragraph)
        let glyphs = wrapped(slot).glyphs
        let sentence = SentenceBounds.sentence(containing: head.glyph, in: glyphs)
        if forward {
            if head.glyph < sentence.upperBound - 1 {
                return moveHead(to: TextPoint(paragraph: head.paragraph, glyph: sentence.upperBound - 1))
            }
            if sentence.upperBound < glyphs.count {
                let next = SentenceBounds.sentence(containing: sentence.upperBound, in: glyphs)
                return moveHead(to: TextPoint(paragraph: head.paragraph, glyph: next.upperBound - 1))
            }
            guard let next = visibleParagraph(after: slot) else { return }
            let first = SentenceBounds.sentence(containing: 0, in: wrapped(index.slot(ofParagraph: next)).glyphs)
            moveHead(to: TextPoint(paragraph: next, glyph: max(0, first.upperBound - 1)))
        } else {
            if head.glyph > sentence.lowerBound {
                return moveHead(to: TextPoint(paragraph: head.paragraph, glyph: sentence.lowerBound))
            }
            if sentence.lowerBound > 0 {
                let previous = SentenceBounds.sentence(containing: sentence.lowerBound - 1, in: glyphs)
                return moveHead(to: TextPoint(paragraph: head.paragraph, glyph: previous.lowerBound))
            }
            guard let previous = visibleParagraph(before: slot) else { return }
            let previousGlyphs = wrapped(index.slot(ofParagraph: previous)).glyphs
            let last = SentenceBounds.sentence(containing: previousGlyphs.count - 1, in: previousGlyphs)
            moveHead(to: TextPoint(paragraph: previous, glyph: last.lowerBound))
        }
    }

    /// To the end of the head's paragraph, or (already there) of the next; back to its start, or the previous one's.
    mutating func extendByParagraph(forward: Bool) {
        guard let head = selection?.head else { return }
        let slot = index.slot(ofParagraph: head.paragraph)
        let last = max(0, glyphCount(ofParagraph: head.paragraph) - 1)
        if forward {
            if head.glyph < last { return moveHead(to: TextPoint(paragraph: head.paragraph, glyph: last)) }
            guard let next = visibleParagraph(after: slot) else { return }
            moveHead(to: TextPoint(paragraph: next, glyph: max(0, glyphCount(ofParagraph: next) - 1)))
        } else {
            if head.glyph > 0 { return moveHead(to: TextPoint(paragraph: head.paragraph, glyph: 0)) }
            guard let previous = visibleParagraph(before: slot) else { return }
            moveHead(to: TextPoint(paragraph: previous, glyph: 0))
        }
    }

    /// A line down or up, keeping the head's place in its line.
    mutating func extendByLine(_ lines: Int) {
        guard let head = selection?.head else { return }
        let from = position(of: head)
        let block = wrapped(from.slot)
        let column =
            from.line < block.lines.count
            ? Array(
                block.glyphs[block.lines[from.line].lowerBound..<max(block.lines[from.line].lowerBound, head.glyph)]
            ).displayWidth : 0
        var target = advanced(
            ReadingPosition(slot: from.slot, line: min(from.line, max(0, block.lines.count - 1))), by: lines)
        // Skip the blank line after a block and speech headers.
        while paragraph(at: target) == nil || target.line >= wrapped(target.slot).lines.count {
            let next = advanced(target, by: lines > 0 ? 1 : -1)
            if next == target { return }
            target = next
        }
        if let point = point(at: target, column: column) { moveHead(to: point) }
    }

    mutating func swapSelectionEnds() {
        guard let selection else { return }
        self.selection?.anchor = selection.head
        moveHead(to: selection.anchor)
    }

    /// Code points of the selection: every character in it, or its whole paragraphs.
    func selectedCodePoints() -> Range<Int>? {
        guard let selection else { return nil }
        let first = codePoints(ofParagraph: selection.start.paragraph)
        let last =
            selection.start.paragraph == selection.end.paragraph
            ? first : codePoints(ofParagraph: selection.end.paragraph)
        if selection.wholeParagraphs { return first.range.lowerBound..<last.range.upperBound }
        let lower = first.codePoints(ofGlyphs: selection.start.glyph...selection.start.glyph).lowerBound
        let upper = last.codePoints(ofGlyphs: selection.end.glyph...selection.end.glyph).upperBound
        return lower..<max(lower, upper)
    }
}
