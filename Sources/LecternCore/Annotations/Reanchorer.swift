/// Finds annotation targets again in an edited source: position check → exact quote (context breaks ties) →
/// fuzzy quote, with floors that prefer an orphan to a wrong match.
///
/// The text's code points and their trigram index are built on first need, so an unchanged source (or one where
/// every position still holds its quote) costs nothing beyond comparing quotes; `releaseCaches` lets them go.
package struct Reanchorer: Sendable {
    package struct Thresholds: Sendable {
        /// A fuzzy match needs at least this quote similarity (1 − edits / quote length).
        package var minimumSimilarity = 0.8
        /// Below this similarity a fuzzy match also needs its prefix or suffix context to agree.
        package var contextFreeSimilarity = 0.9
        /// Context similarity (prefix or suffix) counted as agreement.
        package var minimumContext = 0.5
        /// Quotes of at most this many code points are matched exactly only, and move only with agreeing context.
        package var shortQuoteLength = 4
        /// Candidates whose scores differ by less than this are a tie (when either is a fuzzy match).
        package var fuzzyTieMargin = 0.05
        /// Exact copies whose scores differ by less than this are a tie.
        package var exactTieMargin = 0.001
        /// Fuzzy candidate windows verified per quote.
        package var maximumCandidates = 8
        /// Trigram positions sampled from a long quote to vote for candidate windows.
        package var maximumVotingTrigrams = 128
        /// Trigrams more frequent than this do not vote (they say nothing about where a quote is).
        package var maximumTrigramFrequency = 1000
        /// An exact copy whose prefix and suffix both agree this well ends the search (no fuzzy pass).
        package var convincingContext = 0.9
        /// A quote with more copies than this is first sought together with its stored context.
        package var manyCopies = 64
        /// A fuzzy quote longer than this (in code points) is compared block by block (`fuzzyBlock` code points
        /// each, linear time) instead of by one full edit distance (quote length × window length), so one huge quote
        /// in a sidecar cannot stall a load. Lectern's own quotes are far shorter.
        package var maximumFullFuzzyLength = 4096
        package var fuzzyBlock = 256
        /// Stored context past this many code points is not compared (Lectern stores 32): bounds the cost of a
        /// hostile sidecar's context.
        package var maximumContextLength = 256

        package init() {}
    }

    package let text: AnchorText
    package let positions: DocumentPositions
    package var thresholds: Thresholds
    private var index: TrigramIndex?
    /// Every code point of the text, for the searches past the position check (`all`).
    private var decoded: [UInt32]?
    /// Where the passage should be if it moved like the ones before it (its old start plus their shift): among
    /// equal candidates the one there wins, before the requirement hint, whose id may have shifted with the text.
    private var expectedStart: Int?

    package init(positions: DocumentPositions, text: AnchorText? = nil, thresholds: Thresholds = Thresholds()) {
        self.positions = positions
        self.text = text ?? AnchorText(positions.document.text)
        self.thresholds = thresholds
    }

    /// Drops what the searches built (the decoded text, the trigram index) once a batch of anchoring is done; the
    /// next search builds them again.
    package mutating func releaseCaches() {
        decoded = nil
        index = nil
    }

    private mutating func all() -> [UInt32] {
        if let decoded { return decoded }
        let built = text.decodedScalars()
        decoded = built
        return built
    }

    private static func matches(_ needle: [UInt32], at start: Int, in text: [UInt32]) -> Bool {
        guard start >= 0, start + needle.count <= text.count else { return false }
        return text.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { needle in
                for k in 0..<needle.count where text[start + k] != needle[k] { return false }
                return true
            }
        }
    }

    private struct Candidate {
        let range: Range<Int>
        let similarity: Double
        let score: Double
        let contextAgrees: Bool
        /// The weaker of prefix and suffix similarity.
        var contextSimilarity = 0.0
    }

    /// Where `target` is in the current text. `shift` is how far nearby passages moved (new − old start), if
    /// known: the fuzzy search also looks there, which finds an edited passage made of common phrases.
    package mutating func anchor(_ target: AnnotationTarget, shift: Int = 0) -> Anchor {
        let quote = target.quote.exact.scalarValues
        let limit = thresholds.maximumContextLength
        let prefix = Array(target.quote.prefix.scalarValues.suffix(limit))
        let suffix = Array(target.quote.suffix.scalarValues.prefix(limit))
        // Offsets and shifts past any text (a damaged or hand-edited sidecar) are held where sums cannot overflow;
        // every real one (a text is under 4 GiB) is left as it is.
        let old = TextPosition(start: Self.bounded(target.position.start), end: Self.bounded(target.position.end))
        let shift = Self.bounded(shift)
        expectedStart = old.start + shift
        guard !quote.isEmpty else {
            // An empty selection (a point) can only be checked by position and context.
            let p = contextSimilarity(prefix: prefix, suffix: suffix, range: old.start..<old.start)
            return old.start <= text.count && p.agrees
                ? Anchor(status: .exact, start: old.start, end: old.start) : Anchor(status: .orphaned)
        }
        // 1. Position check: the quote is still at the recorded offsets, with some of its context.
        if old.start >= 0, old.end - old.start == quote.count, text.matches(quote, at: old.start) {
            let context = contextSimilarity(prefix: prefix, suffix: suffix, range: old.start..<old.end)
            if context.agrees { return Anchor(status: .exact, start: old.start, end: old.end) }
        }
        // 2. Exact quote, anywhere.
        let hint = target.requirement.flatMap { positions.node(id: $0) }.map { positions.span(of: $0) }
        if let nearby = copiesNearExpectedStart(quote: quote, prefix: prefix, suffix: suffix, old: old, shift: shift) {
            let decision = decide(
                quote: quote, prefix: prefix, suffix: suffix, old: old, shift: shift, hint: hint, exactStarts: nearby)
            if let best = decision.best, copiesElsewhereCannotCompete(with: best) { return decision.anchor }
        }
        let starts = exactCandidates(quote: quote, prefix: prefix, suffix: suffix)
        return decide(
            quote: quote, prefix: prefix, suffix: suffix, old: old, shift: shift, hint: hint, exactStarts: starts
        ).anchor
    }

    /// Steps 2 to 5 of `anchor` once the exact copies worth scoring are known (their starts, ascending): the fuzzy
    /// search, then the best candidate and its rivals.
    private mutating func decide(
        quote: [UInt32], prefix: [UInt32], suffix: [UInt32], old: TextPosition, shift: Int,
        hint: Range<Int>?, exactStarts: [Int]
    ) -> (anchor: Anchor, best: Candidate?) {
        let exact = exactStarts.map { start -> Candidate in
            let range = start..<(start + quote.count)
            let context = contextSimilarity(prefix: prefix, suffix: suffix, range: range)
            return Candidate(
                range: range, similarity: 1, score: score(1, context, range, hint), contextAgrees: context.agrees,
                contextSimilarity: min(context.prefix, context.suffix))
        }
        let short = quote.count <= thresholds.shortQuoteLength
        var pool = exact.filter { $0.contextAgrees || !short }
        // 3. Fuzzy quote: only for quotes long enough to tell apart, and unless an exact copy kept its context on
        //    both sides (then nothing approximate can score higher).
        // (The place where nearby passages moved is still checked: an edited passage there may score higher.)
        let convincing = exact.contains { $0.contextSimilarity >= thresholds.convincingContext }
        if !short {
            let expected = [old.start + shift, old.start].filter { d in !exact.contains { $0.range.contains(d) } }
            pool += fuzzyCandidates(
                quote: quote, prefix: prefix, suffix: suffix, hint: hint, expected: expected, voting: !convincing,
                exact: exact.map(\.range)
            )
            .filter { f in !pool.contains { $0.range.overlaps(f.range) } }
        }
        guard let best = pool.max(by: { $0.score < $1.score }) else { return (Anchor(status: .orphaned), nil) }
        // Two exact copies tie only when (nearly) equal; a fuzzy candidate close to the best is a near-tie.
        let rivals = pool.filter { c in
            let margin =
                best.similarity == 1 && c.similarity == 1 ? thresholds.exactTieMargin : thresholds.fuzzyTieMargin
            return c.range != best.range && !c.range.overlaps(best.range) && best.score - c.score < margin
        }
        if !rivals.isEmpty { return (Anchor(status: .ambiguous, candidates: rivals.count + 1), best) }
        if best.similarity == 1 {
            let status: Anchor.Status = best.range.lowerBound == old.start ? .exact : .moved
            return (Anchor(status: status, start: best.range.lowerBound, end: best.range.upperBound), best)
        }
        return (
            Anchor(
                status: .fuzzy, start: best.range.lowerBound, end: best.range.upperBound, similarity: best.similarity),
            best
        )
    }

    /// The usual case after an edit: the passage moved with its neighbours, its whole context with it, and is
    /// repeated elsewhere (a stock phrase). `exactCandidates` would list every copy of quote and context in the
    /// text; a copy where the neighbours moved to outscores all those elsewhere, so only the copies close enough to
    /// matter here are listed — those the fuzzy windows (at the expected and the old start) could overlap — and
    /// `copiesElsewhereCannotCompete` confirms the decision, or the whole text is searched as before.
    /// Nil when this case does not apply.
    private mutating func copiesNearExpectedStart(
        quote: [UInt32], prefix: [UInt32], suffix: [UInt32], old: TextPosition,
        shift: Int
    ) -> [Int]? {
        let m = quote.count
        let expected = old.start + shift
        // Only where exactCandidates would list the copies of quote + whole context: a quote with many copies, and
        // some context to seek it with.
        guard m > thresholds.shortQuoteLength, !prefix.isEmpty || !suffix.isEmpty else { return nil }
        let sought = prefix + quote + suffix
        guard text.matches(sought, at: expected - prefix.count), rarestTrigram(quote).count > thresholds.manyCopies
        else { return nil }
        let maxEdits = Int(Double(m) * (1 - thresholds.minimumSimilarity))
        // A copy overlapping a fuzzy window's match starts within m + maxEdits of the window's start.
        let reach = m + maxEdits
        let spans = [expected, old.start].map { ($0 - reach)...($0 + reach) }.sorted { $0.lowerBound < $1.lowerBound }
        let scalars = all()
        var starts: [Int] = []
        for span in spans {
            // Spans may overlap: a start already looked at is not looked at again.
            var start = max(span.lowerBound, prefix.count, (starts.last ?? -1) + 1)
            let last = min(span.upperBound, text.count - sought.count + prefix.count)
            while start <= last {
                // The first scalar settles most places without a call.
                if scalars[start - prefix.count] == sought[0],
                    Self.matches(sought, at: start - prefix.count, in: scalars)
                {
                    starts.append(start)
                }
                start += 1
            }
        }
        return starts
    }

    /// True when no copy of quote and whole context outside the listed ones could beat `best` or tie with it: such a
    /// copy scores at most (50 + 20 + 20 + 1) / 93 (the requirement hint, not the expected start).
    private func copiesElsewhereCannotCompete(with best: Candidate) -> Bool {
        let margin = best.similarity == 1 ? thresholds.exactTieMargin : thresholds.fuzzyTieMargin
        return best.score - 91.0 / 93 >= margin
    }

    /// Exact occurrences worth scoring. A quote with many copies (a stock phrase through a long document) is first
    /// sought with its whole stored context, then with one side of it: a copy keeping its context outscores every
    /// copy that does not, so the others need not be scored. Failing that, all copies are shortlisted.
    private mutating func exactCandidates(quote: [UInt32], prefix: [UInt32], suffix: [UInt32]) -> [Int] {
        guard quote.count >= 3, rarestTrigram(quote).count > thresholds.manyCopies else {
            return exactOccurrences(of: quote)
        }
        for (before, after) in [(prefix, suffix), (prefix, []), ([], suffix)] where !before.isEmpty || !after.isEmpty {
            let found = exactOccurrences(of: before + quote + after)
            if !found.isEmpty { return found.map { $0 + before.count } }
        }
        return shortlist(
            exactOccurrences(of: quote), length: quote.count, prefix: prefix, suffix: suffix, in: all())
    }

    /// The first of the needle's least frequent trigrams: its offset in the needle and how often it occurs.
    private mutating func rarestTrigram(_ needle: [UInt32]) -> (offset: Int, count: Int) {
        let index = trigrams()
        var rarest = 0
        var rarestCount = Int.max
        for offset in 0..<(needle.count - 2) {
            let count = index.count(needle, at: offset)
            if count < rarestCount {
                rarest = offset
                rarestCount = count
            }
            if count == 0 { break }
        }
        return (rarest, rarestCount)
    }

    /// Many copies of a quote (a stock phrase repeated through a long document): keep those whose context agrees
    /// longest by plain character comparison, so edit distances are computed for a few only. Copies tied with the
    /// last kept one are all kept, so a tie is still seen as one.
    private func shortlist(
        _ starts: [Int], length: Int, prefix: [UInt32], suffix: [UInt32], in scalars: [UInt32]
    ) -> [Int] {
        let limit = 16
        guard starts.count > limit else { return starts }
        func agreement(_ start: Int) -> Int {
            var n = 0
            while n < prefix.count, start - n - 1 >= 0, scalars[start - n - 1] == prefix[prefix.count - n - 1] {
                n += 1
            }
            var m = 0
            let end = start + length
            while m < suffix.count, end + m < text.count, scalars[end + m] == suffix[m] { m += 1 }
            return n + m
        }
        let ranked = starts.map { ($0, agreement($0)) }.sorted { $0.1 > $1.1 }
        let floor = ranked[limit - 1].1
        return ranked.prefix { $0.1 >= floor }.prefix(256).map(\.0)
    }

    /// Hypothesis's weighting (quote 50, prefix 20, suffix 20) plus a small bonus for lying in the hinted
    /// requirement; the old position is deliberately not a factor, so equal copies stay a tie.
    private func score(
        _ similarity: Double, _ context: (prefix: Double, suffix: Double, agrees: Bool),
        _ range: Range<Int>, _ hint: Range<Int>?
    ) -> Double {
        let inHint = hint.map { $0.contains(range.lowerBound) } ?? false
        let expected = expectedStart.map { abs(range.lowerBound - $0) <= 2 } ?? false
        return (50 * similarity + 20 * context.prefix + 20 * context.suffix + (expected ? 2 : 0) + (inHint ? 1 : 0))
            / 93
    }

    private static func bounded(_ offset: Int) -> Int { max(-(1 << 40), min(offset, 1 << 40)) }

    private func contextSimilarity(prefix: [UInt32], suffix: [UInt32], range: Range<Int>) -> (
        prefix: Double, suffix: Double, agrees: Bool
    ) {
        // A range beyond the text (a stale position) has no context there: empty slices, not a trap.
        let beforeEnd = max(0, min(range.lowerBound, text.count))
        let before = text.scalars(min(max(0, range.lowerBound - prefix.count), beforeEnd)..<beforeEnd)
        let afterStart = max(0, min(range.upperBound, text.count))
        let after = text.scalars(afterStart..<min(text.count, afterStart + suffix.count))
        let p = EditDistance.similarity(prefix[...], before[...])
        let s = EditDistance.similarity(suffix[...], after[...])
        return (p, s, max(p, s) >= thresholds.minimumContext)
    }

    private mutating func trigrams() -> TrigramIndex {
        if let index { return index }
        let built = TrigramIndex(all())
        index = built
        return built
    }

    /// Start offsets of every exact occurrence of `quote`.
    private mutating func exactOccurrences(of quote: [UInt32]) -> [Int] {
        let scalars = all()
        if quote.count < 3 {
            guard text.count >= quote.count else { return [] }
            return (0...(text.count - quote.count)).filter { Self.matches(quote, at: $0, in: scalars) }
        }
        let index = trigrams()
        // Each trigram's count with its offset, packed so that sorting them orders by count, then offset.
        var order: [UInt64] = []
        order.reserveCapacity(quote.count - 2)
        var rarest = 0
        var fewest = Int.max
        for offset in 0..<(quote.count - 2) {
            let count = index.count(quote, at: offset)
            if count == 0 { return [] }
            if count < fewest {
                rarest = offset
                fewest = count
            }
            order.append(UInt64(count) << 32 | UInt64(offset))
        }
        var starts = index.positions(quote, at: rarest, minus: rarest)
        // Many places share the rarest trigram (a repetitive text): keep those where the next rarest trigrams
        // (not overlapping the ones used) are in place too — sequential reads of the index instead of a cache miss
        // into the text per place — before comparing the whole quote. A filter only drops places that cannot match.
        if starts.count > 8 {
            order.sort()
            var used = [rarest]
            for packed in order where starts.count > 8 && used.count < 4 {
                let offset = Int(packed & 0xFFFF_FFFF)
                if used.contains(where: { abs($0 - offset) < 3 }) { continue }
                used.append(offset)
                index.keep(&starts, where: quote, at: offset)
            }
        }
        // Comparing the quote at every place left would cost more than one pass over the text: take the pass.
        if starts.count > 64, starts.count.multipliedReportingOverflow(by: quote.count).partialValue > text.count * 4 {
            return ExactSearch.occurrences(of: quote, in: scalars)
        }
        starts.removeAll { !Self.matches(quote, at: $0, in: scalars) }
        return starts
    }

    /// Windows where many of the quote's trigrams line up, each verified by edit distance.
    private mutating func fuzzyCandidates(
        quote: [UInt32], prefix: [UInt32], suffix: [UInt32], hint: Range<Int>?,
        expected: [Int], voting: Bool, exact: [Range<Int>]
    ) -> [Candidate] {
        let m = quote.count
        guard m >= 3 else { return [] }
        let maxEdits = Int(Double(m) * (1 - thresholds.minimumSimilarity))
        let index = trigrams()
        let trigramCount = m - 2
        let step = max(1, trigramCount / thresholds.maximumVotingTrigrams)
        var diagonals: [Int] = []
        var voters = 0
        for offset in stride(from: 0, to: voting ? trigramCount : 0, by: step) {
            voters += 1
            guard index.count(quote, at: offset) <= thresholds.maximumTrigramFrequency else { continue }
            for position in index.positions(quote, at: offset) { diagonals.append(position - offset) }
        }
        diagonals.sort()
        // With at most maxEdits edits, at most 3·maxEdits trigrams break; a true match keeps most of its votes.
        let minimumVotes = max(1, Int(Double(voters) * 0.25))
        var clusters: [(votes: Int, diagonal: Int)] = []
        var lo = 0
        for hi in 0..<diagonals.count {
            while diagonals[hi] - diagonals[lo] > 2 * maxEdits + 1 { lo += 1 }
            let votes = hi - lo + 1
            if votes >= minimumVotes { clusters.append((votes, diagonals[(lo + hi) / 2])) }
        }
        clusters.sort { $0.votes > $1.votes || ($0.votes == $1.votes && $0.diagonal < $1.diagonal) }
        // Where nearby passages moved to is always looked at, whatever the votes.
        var chosen: [Int] = []
        for diagonal in expected where diagonal >= 0 && diagonal < text.count && !chosen.contains(diagonal) {
            chosen.append(diagonal)
        }
        for cluster in clusters where chosen.count < thresholds.maximumCandidates + expected.count {
            if chosen.contains(where: { abs($0 - cluster.diagonal) < max(1, m / 2) }) { continue }
            chosen.append(cluster.diagonal)
        }
        // The most edits the similarity floor lets through (computed as the floor is tested, so no rounding differs):
        // windows are abandoned once past it.
        var allowed = max(0, min(m, maxEdits - 1))
        while allowed > 0, 1 - Double(allowed) / Double(m) < thresholds.minimumSimilarity { allowed -= 1 }
        while allowed < m, 1 - Double(allowed + 1) / Double(m) >= thresholds.minimumSimilarity { allowed += 1 }
        var candidates: [Candidate] = []
        let blockwise = m > thresholds.maximumFullFuzzyLength
        // One bit-parallel pass over a window gives the fewest edits and where that match ends; the full table (which
        // also finds where it starts) is needed only when the match could count.
        let filter = blockwise || chosen.isEmpty ? nil : BitParallelFilter(quote[...])
        let scalars = all()
        for diagonal in chosen {
            let window = max(0, diagonal - maxEdits)..<min(text.count, diagonal + m + maxEdits)
            guard !window.isEmpty else { continue }
            if let filter {
                let closest = filter.closest(in: scalars, window: window)
                // Too many edits, or an empty match: bestMatch's answer would be passed over below.
                if closest.edits > allowed || closest.end == window.lowerBound { continue }
                // A match ending there is at least m − edits long, so whatever its start it overlaps an exact copy,
                // and anchor() drops every fuzzy candidate that does (an exact copy where the passage moved to
                // usually lies in the window of its old position).
                if exact.contains(where: {
                    $0.lowerBound < closest.end && closest.end - m + closest.edits < $0.upperBound
                }) {
                    continue
                }
            }
            let match =
                blockwise
                ? EditDistance.blockwiseMatch(
                    of: quote, in: scalars, window: window, block: thresholds.fuzzyBlock, limit: allowed)
                : EditDistance.bestMatch(of: quote[...], in: scalars, window: window, limit: allowed)
            let similarity = 1 - Double(match.edits) / Double(m)
            guard similarity >= thresholds.minimumSimilarity, !match.range.isEmpty else { continue }
            let context = contextSimilarity(prefix: prefix, suffix: suffix, range: match.range)
            guard similarity >= thresholds.contextFreeSimilarity || context.agrees else { continue }
            if candidates.contains(where: { $0.range == match.range }) { continue }
            candidates.append(
                Candidate(
                    range: match.range, similarity: similarity,
                    score: score(similarity, context, match.range, hint), contextAgrees: context.agrees))
        }
        return candidates
    }
}
