import Algorithms
import LecternCore

/// Incremental search over every paragraph of every speech; a hit inside a fold unfolds it.
extension DocumentReader {
    /// A search reads the whole text: a mapped text's pages are handed back as it goes.
    func findHits(_ query: String) -> [SearchHit] {
        document.text.utf8.releasingPages { findHitsInText(query) }
    }

    private func findHitsInText(_ query: String) -> [SearchHit] {
        if usesRegex { return RegexSearch.hits(query, in: document) ?? [] }
        let matcher = SearchMatcher(query)
        guard !matcher.pattern.isEmpty else { return [] }
        let paragraphs = document.paragraphs
        // Paragraphs are searched in parts side by side, the hits joined in order.
        return document.text.utf8.withUnsafeBufferPointer { bytes in
            ParallelWork.inParts(paragraphs.count, parts: ParallelWork.workerCount(forBytes: bytes.count)) { part in
                var hits: [SearchHit] = []
                for p in part {
                    matcher.forEachMatch(in: bytes, paragraphs[p].byteRange) {
                        hits.append(SearchHit(paragraph: p, bytes: $0))
                    }
                }
                return hits
            }
        }
    }

    /// The glyphs of a hit in its paragraph's block.
    func glyphRange(of hit: SearchHit) -> Range<Int> {
        let start = document.paragraphs[hit.paragraph].byteRange.lowerBound
        let bytes = (hit.bytes.lowerBound - start)..<(hit.bytes.upperBound - start)
        return wrapped(index.slot(ofParagraph: hit.paragraph)).sources.glyphs(ofBytes: bytes)
    }

    /// The hits drawn on glyphs `glyphs` of paragraph `p`, by number, with the glyphs of each on them: the hits
    /// are found by halving, so a line costs the same however many hits its paragraph has.
    func hits(onGlyphs glyphs: Range<Int>, inParagraph p: Int) -> [(number: Int, glyphs: Range<Int>)] {
        guard let search else { return [] }
        let block = wrapped(index.slot(ofParagraph: p))
        let start = document.paragraphs[p].byteRange.lowerBound
        let first = start + block.sources.byte(atGlyph: glyphs.lowerBound)
        let bytes = first..<(start + block.sources.byte(atGlyph: glyphs.upperBound))
        var out: [(number: Int, glyphs: Range<Int>)] = []
        for number in search.hits(inParagraph: p, overlapping: bytes) {
            let hit = glyphRange(of: search.hits[number]).clamped(to: glyphs)
            if !hit.isEmpty { out.append((number, hit)) }
        }
        return out
    }

    /// Searches as the query is typed, from where the search started.
    mutating func updateSearch(query: String, forward: Bool) {
        let origin = search?.origin ?? cursor
        let originTop = search?.originTop ?? top
        search = SearchState(
            query: query, forward: forward, hits: findHits(query), origin: origin, originTop: originTop)
        cursor = origin
        top = originTop
        guard let hit = firstHit(from: origin, forward: forward) else {
            normalize()
            return
        }
        go(toHit: hit)
    }

    /// Ends typing: Enter keeps the position (recording the jump), Esc goes back to where the search started.
    mutating func finishSearch(accept: Bool) {
        guard let state = search else { return }
        if accept {
            if cursor != state.origin { history.record(state.origin) }
        } else {
            search = nil
            cursor = state.origin
            top = state.originTop
            normalize()
        }
    }

    /// The first hit after (or before) a position; wraps around the document. Hits are in reading order, so
    /// the first one at or after the position is found by halving; only hits in the cursor's own block are laid
    /// out to compare lines.
    private func firstHit(from position: ReadingPosition, forward: Bool) -> Int? {
        guard let hits = search?.hits, !hits.isEmpty else { return nil }
        func isBefore(_ hit: SearchHit) -> Bool {
            let slot = index.slot(ofParagraph: hit.paragraph)
            return slot != position.slot ? slot < position.slot : hitPosition(hit) < position
        }
        func isAtOrBefore(_ hit: SearchHit) -> Bool {
            let slot = index.slot(ofParagraph: hit.paragraph)
            return slot != position.slot ? slot < position.slot : hitPosition(hit) <= position
        }
        if forward {
            let first = hits.partitioningIndex { !isBefore($0) }
            return first < hits.count ? first : 0
        }
        let after = hits.partitioningIndex { !isAtOrBefore($0) }
        return after > 0 ? after - 1 : hits.count - 1
    }

    private func hitPosition(_ hit: SearchHit) -> ReadingPosition {
        let slot = index.slot(ofParagraph: hit.paragraph)
        return ReadingPosition(slot: slot, line: line(ofGlyph: glyphRange(of: hit).lowerBound, inSlot: slot))
    }

    mutating func go(toHit number: Int) {
        guard let hits = search?.hits, hits.indices.contains(number) else { return }
        search?.current = number  // in place: copying the state would copy every hit
        let hit = hits[number]
        reveal(paragraph: hit.paragraph)
        cursor = hitPosition(hit)
        keepCursorVisible()
        normalize()
    }

    /// n (same direction) and N (the other way), wrapping around.
    mutating func nextHit(reverse: Bool) -> Bool {
        guard let state = search, !state.hits.isEmpty else { return false }
        let forward = state.forward != reverse
        let count = state.hits.count
        let target: Int
        if let current = state.current, hitPosition(state.hits[current]) == cursor {
            target = (current + (forward ? 1 : count - 1)) % count
        } else {
            let after = advanced(cursor, by: forward ? 1 : -1)
            target = firstHit(from: forward ? max(after, cursor) : after, forward: forward) ?? 0
        }
        history.record(cursor)
        go(toHit: target)
        return true
    }
}
