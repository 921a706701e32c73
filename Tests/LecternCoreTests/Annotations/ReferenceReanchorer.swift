// The re-anchoring algorithm as it was before the fast path (commit 5b2e6b3), kept verbatim but renamed, so
// ReanchorerEquivalenceTests can check that the optimized Reanchorer puts every annotation where this one does.

import LecternCore

/// Finds annotation targets again in an edited source: position check → exact quote (context breaks ties) →
/// fuzzy quote, with floors that prefer an orphan to a wrong match.
///
/// The trigram index is built on first need, so an unchanged source (or one where every position still holds its
/// quote) costs nothing beyond comparing quotes.
struct ReferenceReanchorer: Sendable {
    public struct Thresholds: Sendable {
        /// A fuzzy match needs at least this quote similarity (1 − edits / quote length).
        public var minimumSimilarity = 0.8
        /// Below this similarity a fuzzy match also needs its prefix or suffix context to agree.
        public var contextFreeSimilarity = 0.9
        /// Context similarity (prefix or suffix) counted as agreement.
        public var minimumContext = 0.5
        /// Quotes of at most this many code points are matched exactly only, and move only with agreeing context.
        public var shortQuoteLength = 4
        /// Candidates whose scores differ by less than this are a tie (when either is a fuzzy match).
        public var fuzzyTieMargin = 0.05
        /// Exact copies whose scores differ by less than this are a tie.
        public var exactTieMargin = 0.001
        /// Fuzzy candidate windows verified per quote.
        public var maximumCandidates = 8
        /// Trigram positions sampled from a long quote to vote for candidate windows.
        public var maximumVotingTrigrams = 128
        /// Trigrams more frequent than this do not vote (they say nothing about where a quote is).
        public var maximumTrigramFrequency = 1000
        /// An exact copy whose prefix and suffix both agree this well ends the search (no fuzzy pass).
        public var convincingContext = 0.9
        /// A quote with more copies than this is first sought together with its stored context.
        public var manyCopies = 64

        public init() {}
    }

    public let text: AnchorText
    /// The text's code points, decoded once.
    private let scalars: [UInt32]
    public let positions: DocumentPositions
    public var thresholds: Thresholds
    private var index: ReferenceTrigramIndex?
    /// Where the passage should be if it moved like the ones before it (its old start plus their shift): among
    /// equal candidates the one there wins, before the requirement hint, whose id may have shifted with the text.
    private var expectedStart: Int?

    public init(positions: DocumentPositions, text: AnchorText? = nil, thresholds: Thresholds = Thresholds()) {
        self.positions = positions
        self.text = text ?? AnchorText(positions.document.text)
        self.scalars = self.text.decodedScalars()
        self.thresholds = thresholds
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
    public mutating func anchor(_ target: AnnotationTarget, shift: Int = 0) -> Anchor {
        let quote = target.quote.exact.referenceScalars
        let prefix = target.quote.prefix.referenceScalars
        let suffix = target.quote.suffix.referenceScalars
        let old = target.position
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
        let exact = exactCandidates(quote: quote, prefix: prefix, suffix: suffix).map { start -> Candidate in
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
                quote: quote, prefix: prefix, suffix: suffix, hint: hint, expected: expected, voting: !convincing
            )
            .filter { f in !pool.contains { $0.range.overlaps(f.range) } }
        }
        guard let best = pool.max(by: { $0.score < $1.score }) else { return Anchor(status: .orphaned) }
        // Two exact copies tie only when (nearly) equal; a fuzzy candidate close to the best is a near-tie.
        let rivals = pool.filter { c in
            let margin =
                best.similarity == 1 && c.similarity == 1 ? thresholds.exactTieMargin : thresholds.fuzzyTieMargin
            return c.range != best.range && !c.range.overlaps(best.range) && best.score - c.score < margin
        }
        if !rivals.isEmpty { return Anchor(status: .ambiguous, candidates: rivals.count + 1) }
        if best.similarity == 1 {
            let status: Anchor.Status = best.range.lowerBound == old.start ? .exact : .moved
            return Anchor(status: status, start: best.range.lowerBound, end: best.range.upperBound)
        }
        return Anchor(
            status: .fuzzy, start: best.range.lowerBound, end: best.range.upperBound, similarity: best.similarity)
    }

    /// Exact occurrences worth scoring. A quote with many copies (a stock phrase through a long document) is first
    /// sought with its whole stored context, then with one side of it: a copy keeping its context outscores every
    /// copy that does not, so the others need not be scored. Failing that, all copies are shortlisted.
    private mutating func exactCandidates(quote: [UInt32], prefix: [UInt32], suffix: [UInt32]) -> [Int] {
        guard quote.count >= 3, rarestTrigramCount(quote) > thresholds.manyCopies else {
            return exactOccurrences(of: quote)
        }
        for (before, after) in [(prefix, suffix), (prefix, []), ([], suffix)] where !before.isEmpty || !after.isEmpty {
            let found = exactOccurrences(of: before + quote + after)
            if !found.isEmpty { return found.map { $0 + before.count } }
        }
        return shortlist(exactOccurrences(of: quote), length: quote.count, prefix: prefix, suffix: suffix)
    }

    private mutating func rarestTrigramCount(_ needle: [UInt32]) -> Int {
        let index = trigrams()
        return (0..<(needle.count - 2)).reduce(Int.max) { min($0, index.count(needle, at: $1)) }
    }

    /// Many copies of a quote (a stock phrase repeated through a long document): keep those whose context agrees
    /// longest by plain character comparison, so edit distances are computed for a few only. Copies tied with the
    /// last kept one are all kept, so a tie is still seen as one.
    private func shortlist(_ starts: [Int], length: Int, prefix: [UInt32], suffix: [UInt32]) -> [Int] {
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

    private func contextSimilarity(prefix: [UInt32], suffix: [UInt32], range: Range<Int>) -> (
        prefix: Double, suffix: Double, agrees: Bool
    ) {
        let before = scalars[max(0, range.lowerBound - prefix.count)..<max(0, min(range.lowerBound, text.count))]
        let afterStart = min(range.upperBound, text.count)
        let after = scalars[afterStart..<min(text.count, afterStart + suffix.count)]
        let p = ReferenceEditDistance.similarity(prefix[...], before)
        let s = ReferenceEditDistance.similarity(suffix[...], after)
        return (p, s, max(p, s) >= thresholds.minimumContext)
    }

    private mutating func trigrams() -> ReferenceTrigramIndex {
        if let index { return index }
        let built = ReferenceTrigramIndex(scalars)
        index = built
        return built
    }

    /// Start offsets of every exact occurrence of `quote`.
    private mutating func exactOccurrences(of quote: [UInt32]) -> [Int] {
        if quote.count < 3 {
            guard text.count >= quote.count else { return [] }
            return (0...(text.count - quote.count)).filter { text.matches(quote, at: $0) }
        }
        let index = trigrams()
        var rarest = 0
        var rarestCount = Int.max
        for offset in 0..<(quote.count - 2) {
            let count = index.count(quote, at: offset)
            if count < rarestCount {
                rarest = offset
                rarestCount = count
            }
            if count == 0 { return [] }
        }
        return index.positions(quote, at: rarest).map { $0 - rarest }.filter { text.matches(quote, at: $0) }
    }

    /// Windows where many of the quote's trigrams line up, each verified by edit distance.
    private mutating func fuzzyCandidates(
        quote: [UInt32], prefix: [UInt32], suffix: [UInt32], hint: Range<Int>?,
        expected: [Int], voting: Bool
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
        var candidates: [Candidate] = []
        for diagonal in chosen {
            let window = max(0, diagonal - maxEdits)..<min(text.count, diagonal + m + maxEdits)
            guard !window.isEmpty else { continue }
            let match = ReferenceEditDistance.bestMatch(of: quote, in: scalars, window: window)
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

/// Every position of every three-code-point sequence in a text, sorted, so a quote's occurrences and the
/// candidate places for a fuzzy match are found by binary search instead of scanning the whole text.
///
/// Three scalars (21 bits each) pack exactly into one 64-bit key, so keys never collide.
struct ReferenceTrigramIndex: Sendable {
    private struct Entry: Comparable {
        let key: UInt64
        let position: Int32
        static func < (a: Entry, b: Entry) -> Bool { a.key < b.key || (a.key == b.key && a.position < b.position) }
    }

    private let entries: [Entry]

    public init(_ scalars: [UInt32]) {
        var entries: [Entry] = []
        if scalars.count >= 3 {
            entries.reserveCapacity(scalars.count - 2)
            for i in 0..<(scalars.count - 2) {
                entries.append(Entry(key: Self.key(scalars[i], scalars[i + 1], scalars[i + 2]), position: Int32(i)))
            }
        }
        entries.sort()
        self.entries = entries
    }

    @inline(__always)
    static func key(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
        UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c)
    }

    /// Index range in the sorted entries of the trigram starting `needle[offset]`.
    private func span(of key: UInt64) -> Range<Int> {
        var lo = 0
        var hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        var step = 1
        // Gallop then bisect to the end of the run.
        while end + step <= entries.count, entries[end + step - 1].key == key {
            end += step
            step *= 2
        }
        var upper = min(entries.count, end + step)
        while end < upper {
            let mid = (end + upper) / 2
            if entries[mid].key == key { end = mid + 1 } else { upper = mid }
        }
        return lo..<end
    }

    /// How many times the trigram at `needle[offset...]` occurs.
    public func count(_ needle: [UInt32], at offset: Int) -> Int {
        span(of: Self.key(needle[offset], needle[offset + 1], needle[offset + 2])).count
    }

    /// Positions (ascending) where the trigram at `needle[offset...]` occurs.
    public func positions(_ needle: [UInt32], at offset: Int) -> [Int] {
        span(of: Self.key(needle[offset], needle[offset + 1], needle[offset + 2])).map { Int(entries[$0].position) }
    }
}

/// Levenshtein distances over scalar values, for quote and context similarity.
enum ReferenceEditDistance {
    /// Edits turning `a` into `b`.
    static func distance(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Int {
        // Common ends cost nothing and usually leave little (contexts mostly agree or mostly differ).
        var a = a
        var b = b
        while let x = a.first, let y = b.first, x == y {
            a = a.dropFirst()
            b = b.dropFirst()
        }
        while let x = a.last, let y = b.last, x == y {
            a = a.dropLast()
            b = b.dropLast()
        }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            for (j, y) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j] + (x == y ? 0 : 1), previous[j + 1] + 1, current[j] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// 1 − edits / length of the longer side; 1 for two empty strings.
    static func similarity(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Double {
        let length = Swift.max(a.count, b.count)
        guard length > 0 else { return 1 }
        return 1 - Double(distance(a, b)) / Double(length)
    }

    /// The substring of `text[window]` closest to `pattern` (free start and end in the window): its edits and range.
    static func bestMatch(of pattern: [UInt32], in text: [UInt32], window: Range<Int>) -> (
        edits: Int, range: Range<Int>
    ) {
        let width = window.count
        guard width > 0 else { return (pattern.count, window.lowerBound..<window.lowerBound) }
        var previous = [Int32](repeating: 0, count: width + 1)
        var current = [Int32](repeating: 0, count: width + 1)
        var previousStart = [Int32](0...Int32(width))
        var currentStart = [Int32](repeating: 0, count: width + 1)
        for (i, p) in pattern.enumerated() {
            current[0] = Int32(i + 1)
            currentStart[0] = 0
            for j in 1...width {
                let substitute = previous[j - 1] + (text[window.lowerBound + j - 1] == p ? 0 : 1)
                let skipPattern = previous[j] + 1
                let skipText = current[j - 1] + 1
                if substitute <= skipPattern && substitute <= skipText {
                    current[j] = substitute
                    currentStart[j] = previousStart[j - 1]
                } else if skipPattern <= skipText {
                    current[j] = skipPattern
                    currentStart[j] = previousStart[j]
                } else {
                    current[j] = skipText
                    currentStart[j] = currentStart[j - 1]
                }
            }
            swap(&previous, &current)
            swap(&previousStart, &currentStart)
        }
        var best = 0
        for j in 0...width where previous[j] < previous[best] { best = j }
        let start = window.lowerBound + Int(previousStart[best])
        return (Int(previous[best]), start..<(window.lowerBound + best))
    }
}

extension String {
    var referenceScalars: [UInt32] { unicodeScalars.map(\.value) }
}
