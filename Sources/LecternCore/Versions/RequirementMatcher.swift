/// Pairs the requirements of two versions by what they say, not by their numbers (an inserted item renumbers every
/// later one): equal texts first, through a hash; then similar texts, candidates found by shared bigrams and
/// scored by bigram similarity, the section around them breaking ties and lowering the bar; then headings whose
/// children mostly went to one new heading.
struct RequirementMatcher {
    struct Thresholds {
        /// Bigram similarity that pairs two requirements on its own.
        var similar = 0.5
        /// Bigram similarity that pairs them when their parents are paired with each other.
        var similarInSameSection = 0.3
        /// Bigrams found in more requirements than this do not propose candidates (的工, 要加: they say nothing).
        var commonBigramPostings = 64
        /// Candidates per requirement scored exactly.
        var candidates = 8
        /// Title bigram similarity that pairs two requirements left in the same place of matched sections (the same
        /// section plan, each section's text rewritten: this year's report and last year's).
        var similarTitleInPlace = 0.3
    }

    let old: RequirementTexts
    let new: RequirementTexts
    var thresholds = Thresholds()
    /// For each old node, the new node it is paired with.
    private(set) var newOf: [Int?]
    /// For each new node, the old node it is paired with.
    private(set) var oldOf: [Int?]
    /// For each old speech (0-based), the new speech it became, if any: a speech inserted before it shifts its
    /// number without moving its requirements.
    private(set) var newSpeechOf: [Int?]

    init(old: RequirementTexts, new: RequirementTexts) {
        self.old = old
        self.new = new
        newOf = [Int?](repeating: nil, count: old.count)
        oldOf = [Int?](repeating: nil, count: new.count)
        newSpeechOf = old.document.speeches.map { $0.number <= new.document.speeches.count ? $0.number : nil }
    }

    mutating func match() {
        matchEqualTexts()
        matchSimilarTexts(threshold: thresholds.similar, needingSameSection: false)
        mapSpeeches()
        matchSimilarTexts(threshold: thresholds.similarInSameSection, needingSameSection: true)
        matchTitlesInPlace()
        matchHeadingsByChildren()
        mapSpeeches()
    }

    /// The new speech `speech` of the old version became (both 1-based).
    func newSpeech(of speech: Int) -> Int? { newSpeechOf[speech - 1] }

    /// Each old speech's new one: where most of its paired requirements went, else the speech with its title, else
    /// the speech with its number.
    private mutating func mapSpeeches() {
        let newSpeeches = new.document.speeches
        for speech in old.document.speeches {
            var votes: [Int: Int] = [:]
            for o in speech.nodeRange { if let n = newOf[o] { votes[new.document.nodes[n].speech, default: 0] += 1 } }
            if let (target, _) = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) {
                newSpeechOf[speech.number - 1] = target
            } else if let titled = newSpeeches.first(where: { $0.title == speech.title }) {
                newSpeechOf[speech.number - 1] = titled.number
            } else {
                newSpeechOf[speech.number - 1] = speech.number <= newSpeeches.count ? speech.number : nil
            }
        }
    }

    private mutating func pair(_ o: Int, _ n: Int) {
        newOf[o] = n
        oldOf[n] = o
    }

    /// Whether the parents of old `o` and new `n` are paired with each other (both top level counts too).
    func sameSection(_ o: Int, _ n: Int) -> Bool {
        let oldParent = old.document.nodes[o].parent
        let newParent = new.document.nodes[n].parent
        guard let oldParent, let newParent else {
            return oldParent == nil && newParent == nil
                && newSpeech(of: old.document.nodes[o].speech) == new.document.nodes[n].speech
        }
        return newOf[oldParent] == newParent
    }

    /// Equal texts, in document order (copies of one text pair off in order). Empty texts are left to context.
    private mutating func matchEqualTexts() {
        var byText: [[UInt32]: [Int]] = [:]
        for n in 0..<new.count where !new.scalars[n].isEmpty { byText[new.scalars[n], default: []].append(n) }
        var next: [[UInt32]: Int] = [:]
        for o in 0..<old.count where !old.scalars[o].isEmpty {
            guard let candidates = byText[old.scalars[o]] else { continue }
            let k = next[old.scalars[o], default: 0]
            guard k < candidates.count else { continue }
            next[old.scalars[o]] = k + 1
            pair(o, candidates[k])
        }
    }

    /// Pairs of unpaired requirements whose bigram similarity reaches `threshold`, best first; the same section
    /// and the same marker add a little to a score so that of two equal candidates the one in place wins.
    private mutating func matchSimilarTexts(threshold: Double, needingSameSection: Bool) {
        let freeNew = (0..<new.count).filter { oldOf[$0] == nil }
        guard !freeNew.isEmpty else { return }
        var postings: [UInt64: [Int32]] = [:]
        for n in freeNew { for gram in new.bigrams[n] { postings[gram, default: []].append(Int32(n)) } }
        var proposals: [(score: Double, old: Int, new: Int)] = []
        var votes: [Int32: Int] = [:]
        for o in 0..<old.count where newOf[o] == nil && !old.bigrams[o].isEmpty {
            votes.removeAll(keepingCapacity: true)
            for gram in old.bigrams[o] {
                guard let list = postings[gram], list.count <= thresholds.commonBigramPostings else { continue }
                for n in list { votes[n, default: 0] += 1 }
            }
            let best = votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(thresholds.candidates)
            for (candidate, _) in best {
                let n = Int(candidate)
                let inSection = sameSection(o, n)
                if needingSameSection, !inSection { continue }
                let similarity = RequirementTexts.dice(old.bigrams[o], new.bigrams[n])
                guard similarity >= threshold else { continue }
                let sameMarker = old.document.nodes[o].marker == new.document.nodes[n].marker
                proposals.append((similarity + (inSection ? 0.1 : 0) + (sameMarker ? 0.01 : 0), o, n))
            }
        }
        proposals.sort { $0.score != $1.score ? $0.score > $1.score : ($0.old, $0.new) < ($1.old, $1.new) }
        for proposal in proposals where newOf[proposal.old] == nil && oldOf[proposal.new] == nil {
            pair(proposal.old, proposal.new)
        }
    }

    /// Requirements still unpaired whose parents are paired, with similar titles: the same number adds a little, as
    /// a tie-break between similar titles, never on its own. In document order, so a section paired here lets its
    /// items pair next.
    private mutating func matchTitlesInPlace() {
        let oldNodes = old.document.nodes
        let newNodes = new.document.nodes
        for o in 0..<old.count where newOf[o] == nil {
            let node = oldNodes[o]
            let siblings: [Int]
            if let parent = node.parent {
                guard let newParent = newOf[parent] else { continue }
                siblings = new.siblingOrder.children(of: newParent)
            } else {
                guard let newSpeech = newSpeech(of: node.speech) else { continue }
                siblings = new.document.speeches[newSpeech - 1].topLevelNodes
            }
            // Only new siblings near the old one's place among its own: "in place", and no quadratic scan of a
            // long flat list.
            let place = old.siblingOrder.place(of: o)
            let window = siblings[
                max(
                    0, min(siblings.count, place - Self.placeWindow))..<min(
                        siblings.count, place + Self.placeWindow + 1)]
            let title = RequirementTexts.bigrams(Array(node.title.unicodeScalars.map(\.value)))
            var best: (score: Double, node: Int)?
            for n in window where oldOf[n] == nil {
                let other = newNodes[n]
                let similarity = RequirementTexts.dice(
                    title, RequirementTexts.bigrams(Array(other.title.unicodeScalars.map(\.value))))
                guard similarity >= thresholds.similarTitleInPlace else { continue }
                let score = similarity + (other.ordinal == node.ordinal ? 0.15 : 0)
                if best.map({ score > $0.score }) ?? true { best = (score, n) }
            }
            if let best { pair(o, best.node) }
        }
    }

    /// How far from its old place among its siblings a requirement is sought by its title.
    static let placeWindow = 8

    /// A heading reworded past recognition is still the same section when most of its paired children are
    /// children of one unpaired new heading at the same depth.
    private mutating func matchHeadingsByChildren() {
        let oldNodes = old.document.nodes
        let newNodes = new.document.nodes
        for o in 0..<old.count where newOf[o] == nil {
            let children = old.siblingOrder.children(of: o)
            let parents = children.compactMap { newOf[$0] }.compactMap { newNodes[$0].parent }
            guard !parents.isEmpty else { continue }
            var counts: [Int: Int] = [:]
            for parent in parents { counts[parent, default: 0] += 1 }
            guard let (n, count) = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
                2 * count > children.count, oldOf[n] == nil, newNodes[n].depth == oldNodes[o].depth
            else { continue }
            pair(o, n)
        }
    }
}
