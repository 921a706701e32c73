import LecternCore

/// Annotations as the reading pane sees them: which glyphs are annotated, which annotation the cursor is on,
/// and stepping from one to the next.
extension DocumentReader {
    /// Code points from a paragraph's start to the next paragraph's (cheap bounds for finding its annotations).
    private func roughCodePoints(ofParagraph p: Int) -> Range<Int> {
        let start = document.paragraphs[p].codePointOffset
        let end = p + 1 < document.paragraphs.count ? document.paragraphs[p + 1].codePointOffset : Int.max
        return start..<max(start + 1, end)
    }

    /// Where paragraph `p`'s glyphs come from, in the document's code points.
    func codePoints(ofParagraph p: Int) -> ParagraphCodePoints {
        ParagraphCodePoints(paragraph: document.paragraphs[p], sources: wrapped(index.slot(ofParagraph: p)).sources)
    }

    /// The annotated glyphs of a paragraph, one range per annotation, with its id: every annotation that could
    /// show on glyphs `near` (a line), and perhaps a few beside them. Only the annotations around those glyphs
    /// are looked at, so a line of a long, much annotated paragraph costs what its own annotations cost.
    func annotatedGlyphs(inParagraph p: Int, near glyphs: Range<Int>) -> [(id: String, glyphs: Range<Int>)] {
        let rough = roughCodePoints(ofParagraph: p)
        let map = codePoints(ofParagraph: p)
        // From the glyph before to the one after: an annotation inside zero-width marks shows on a neighbour.
        let lower =
            glyphs.lowerBound > 0
            ? map.range.lowerBound + map.sources.codePoint(atGlyph: glyphs.lowerBound - 1)
            : rough.lowerBound
        let upper =
            glyphs.upperBound < map.glyphCount
            ? map.range.lowerBound + map.sources.codePoint(atGlyph: glyphs.upperBound) + 1 : rough.upperBound
        let passages = annotations.marks.passages(overlapping: lower..<max(lower + 1, upper))
        guard !passages.isEmpty else { return [] }
        return passages.compactMap { passage in
            let glyphs = map.glyphs(of: passage.codePoints)
            if !glyphs.isEmpty { return (passage.id, glyphs) }
            // An empty passage (or one inside a zero-width mark) still marks the glyph where it is.
            let at = min(glyphs.lowerBound, map.glyphCount - 1)
            return at >= 0 && map.range.contains(passage.codePoints.lowerBound) ? (passage.id, at..<(at + 1)) : nil
        }
    }

    /// Ids of the annotations on the cursor's line, the focused one first.
    var annotationsAtCursor: [String] {
        guard let p = paragraph(at: cursor) else { return [] }
        let block = wrapped(cursor.slot)
        let line = cursor.line < block.lines.count ? block.lines[cursor.line] : 0..<block.glyphs.count
        var ids = annotatedGlyphs(inParagraph: p, near: line)
            .filter { $0.glyphs.overlaps(line) || (line.isEmpty && $0.glyphs.contains(line.lowerBound)) }
            .map(\.id)
        if let focused = focusedAnnotation, let i = ids.firstIndex(of: focused) { ids.swapAt(0, i) }
        return ids
    }

    /// Where an anchored annotation starts on screen; nil when it is not anchored.
    func position(ofAnnotation id: String) -> ReadingPosition? {
        guard let passage = annotations.marks.passages.first(where: { $0.id == id }) else { return nil }
        guard let positions = annotations.layer?.targeting.positions,
            let p = positions.paragraph(at: passage.codePoints.lowerBound)
        else { return nil }
        let map = codePoints(ofParagraph: p)
        let glyph = min(map.glyph(atOrAfter: passage.codePoints.lowerBound), max(0, map.glyphCount - 1))
        return position(of: TextPoint(paragraph: p, glyph: glyph))
    }

    /// Unfolds whatever hides a paragraph.
    mutating func reveal(paragraph p: Int) {
        var state = folds  // one change, so the outline is rebuilt once
        state.set(.speech(document.paragraphs[p].speech), folded: false)
        if let owner = index.owner(ofParagraph: p) {
            for node in index.ancestry(of: owner) where document.nodes[node].paragraphIndex != p || node != owner {
                state.set(.node(node), folded: false)
            }
        }
        folds = state
    }

    /// Goes to an anchored annotation (unfolding it), recording the jump. False when it is not anchored.
    mutating func jump(toAnnotation id: String) -> Bool {
        guard let passage = annotations.marks.passages.first(where: { $0.id == id }),
            let p = annotations.layer?.targeting.positions.paragraph(at: passage.codePoints.lowerBound)
        else { return false }
        reveal(paragraph: p)
        guard let target = position(ofAnnotation: id) else { return false }
        history.record(cursor)
        cursor = target
        keepCursorVisible()
        normalize()
        focusedAnnotation = id
        return true
    }

    /// The next (or previous) annotation starting after (before) the cursor's line, in text order.
    func annotation(after forward: Bool) -> String? {
        let passages = annotations.marks.passages
        guard !passages.isEmpty else { return nil }
        let here = cursorCodePoints()
        if let focused = focusedAnnotation, let i = passages.firstIndex(where: { $0.id == focused }),
            passages[i].codePoints.lowerBound >= here.lowerBound,
            passages[i].codePoints.lowerBound < max(here.upperBound, here.lowerBound + 1)
        {
            let j = forward ? i + 1 : i - 1
            return passages.indices.contains(j) ? passages[j].id : nil
        }
        if forward { return passages.first { $0.codePoints.lowerBound > here.lowerBound }?.id }
        return passages.last { $0.codePoints.lowerBound < here.lowerBound }?.id
    }

    /// Code points of the cursor's line (a speech header counts as the start of its first paragraph).
    func cursorCodePoints() -> Range<Int> {
        guard let p = paragraph(at: cursor) else {
            let next = visibleParagraph(after: cursor.slot).map { document.paragraphs[$0].codePointOffset } ?? Int.max
            return next..<next
        }
        let map = codePoints(ofParagraph: p)
        let block = wrapped(cursor.slot)
        guard cursor.line < block.lines.count, !block.lines[cursor.line].isEmpty else {
            return map.range.upperBound..<map.range.upperBound
        }
        let line = block.lines[cursor.line]
        return map.codePoints(ofGlyphs: line.lowerBound...(line.upperBound - 1))
    }
}
