import Foundation

/// Finds numbered items that run inside a paragraph: "…一是着力补短板。…二是全力促均衡。…", 一要…二要…,
/// 第一，…第二，…, ①…②….
///
/// A candidate must stand at the start of a clause (after ，；。：！？、“ or the paragraph start). Candidates
/// count only as a sequence: continuing the paragraph's leading item (一是… then ，二是…), or starting at 一/①
/// with at least a second one following. This keeps "统一是前提" or a lone "一要" in prose out of the outline.
enum InlineItemScanner {
    static func items(
        in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        leading: RecognizedMarker?
    ) -> [RecognizedMarker] {
        let candidates = findCandidates(in: bytes, range)
        guard !candidates.isEmpty else { return [] }
        var accepted: [Candidate] = []
        func chain(_ family: MarkerFamily, from first: Int) -> [Candidate] {
            var expected = first
            var found: [Candidate] = []
            for candidate in candidates where candidate.family == family && candidate.ordinal == expected {
                found.append(candidate)
                expected += 1
            }
            return found
        }
        for family in inlineFamilies {
            // A list starting at 一 (a list inside an item of the same family) before a continuation (一是… 二是…).
            let fresh = chain(family, from: 1)
            if fresh.count >= 2 {
                accepted += fresh
            } else if let leading, leading.family == family {
                accepted += chain(family, from: leading.ordinal + 1)
            }
        }
        guard !accepted.isEmpty else { return [] }
        accepted.sort { $0.markerRange.lowerBound < $1.markerRange.lowerBound }
        return accepted.enumerated().map { offset, candidate in
            let textEnd = offset + 1 < accepted.count ? accepted[offset + 1].markerRange.lowerBound : range.upperBound
            return RecognizedMarker(
                family: candidate.family, ordinal: candidate.ordinal,
                markerRange: candidate.markerRange,
                textRange: candidate.markerRange.upperBound..<textEnd, isInline: true)
        }
    }

    private struct Candidate {
        let family: MarkerFamily
        let ordinal: Int
        let markerRange: Range<Int>
    }

    private static let inlineFamilies: [MarkerFamily] = [.shiItem, .yaoItem, .ordinal, .circled]

    /// Finds 是 (E6 98 AF), 要 (E8 A6 81), ①–⑳ (E2 91 A0–B3) and 第 (E7 AC AC) by their first two bytes
    /// (`MarkerPairs`), then checks what precedes each.
    private static func findCandidates(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Candidate] {
        var found: [Candidate] = []
        // A marker leading the paragraph is not inline, so a lead byte at the paragraph's start is not looked at;
        // the byte after the middle one must lie inside the paragraph.
        MarkerPairs.forEachMiddle(in: bytes, from: range.lowerBound + 2, to: range.upperBound - 1) { at in
            let start = at - 1
            let lead = bytes[start]
            let last = bytes[at + 1]
            if lead == 0xE7 {
                // 第 + numeral + ，: the ordinal family (第一，…第二，…).
                guard last == 0xAC, isClauseStart(bytes, before: start, floor: range.lowerBound) else { return }
                var cursor = ScalarCursor(bytes, from: start + 3, to: range.upperBound)
                if let ordinal = ChineseNumeral.read(&cursor),
                    cursor.consume(Scalar.comma) || cursor.consume(Scalar.ideographicComma)
                {
                    found.append(Candidate(family: .ordinal, ordinal: ordinal, markerRange: start..<cursor.position))
                }
            } else if lead == 0xE2 {
                if last >= 0xA0, last <= 0xB3, isClauseStart(bytes, before: start, floor: range.lowerBound) {
                    found.append(
                        Candidate(family: .circled, ordinal: Int(last - 0xA0) + 1, markerRange: start..<(start + 3)))
                }
            } else if last == (lead == 0xE6 ? 0xAF : 0x81),
                let (ordinal, numeralStart) = numeral(endingAt: start, in: bytes, floor: range.lowerBound)
                    // 二 at a hard-wrapped line's end and 是 at the next one's start (Reflow joined them).
                    ?? (bytes[start - 1] == 0x0A
                        ? numeral(endingAt: start - 1, in: bytes, floor: range.lowerBound) : nil),
                numeralStart > range.lowerBound,
                isClauseStart(bytes, before: numeralStart, floor: range.lowerBound)
            {
                found.append(
                    Candidate(
                        family: lead == 0xE6 ? .shiItem : .yaoItem, ordinal: ordinal,
                        markerRange: numeralStart..<(start + 3)))
            }
        }
        // Found in text order; candidates of different pairs never start at one byte.
        return found
    }

    /// A Chinese numeral of one to three characters ending just before `end`.
    private static func numeral(
        endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>,
        floor: Int
    ) -> (Int, Int)? {
        var start = end
        var count = 0
        while count < 3, start - 3 >= floor {
            let (value, _) = UTF8Text.scalar(in: bytes, at: start - 3)
            guard bytes[start - 3] & 0xC0 != 0x80, ChineseNumeral.isNumeral(value), value != 0x4E24 else { break }
            start -= 3
            count += 1
        }
        guard count > 0 else { return nil }
        var cursor = ScalarCursor(bytes, from: start, to: end)
        guard let value = ChineseNumeral.read(&cursor), cursor.position == end else { return nil }
        return (value, start)
    }

    private static func isClauseStart(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int, floor: Int) -> Bool {
        guard i > floor else { return true }
        // A soft line break (Reflow joined the lines) is looked through.
        if bytes[i - 1] == 0x0A { return isClauseStart(bytes, before: i - 1, floor: floor) }
        let previous = UTF8Text.previousScalarStart(in: bytes, before: i, floor: floor)
        let s = UTF8Text.folded(UTF8Text.scalar(in: bytes, at: previous).value)
        return s == Scalar.comma || Scalar.endsSentence(s) || s == Scalar.colon || s == Scalar.ideographicComma
            || s == Scalar.leftDoubleQuote || s == Scalar.space || s == Scalar.closeParen
    }
}
