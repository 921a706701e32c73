/// Turns the matcher's pairs into change records: a matched pair's aspects and character diff, splits and merges
/// where they are clear, and the order a report reads them in.
struct ChangeBuilder {
    /// An unmatched requirement is a part split off (or merged in) when this much of its bigrams lies in the
    /// neighbour's old (or new) text…
    static let partContainment = 0.6
    /// …and less than this in the requirement that neighbour was matched to (so the text came from the neighbour).
    static let partOwnContainment = 0.5

    let matcher: RequirementMatcher
    private var old: RequirementTexts { matcher.old }
    private var new: RequirementTexts { matcher.new }

    init(matcher: RequirementMatcher) { self.matcher = matcher }

    private func oldRef(_ o: Int) -> RequirementRef { RequirementRef(old.document.nodes[o], section: old.sections[o]) }
    private func newRef(_ n: Int) -> RequirementRef { RequirementRef(new.document.nodes[n], section: new.sections[n]) }

    /// Every record, ordered: each new requirement where it is, each old one without a new requirement after the
    /// record of its nearest matched predecessor.
    mutating func changes() -> [RequirementChange] {
        var placed: [(key: (Int, Int), change: RequirementChange)] = []
        for n in 0..<new.count {
            placed.append(((n, 0), change(forNew: n)))
        }
        var anchor = -1
        for o in 0..<old.count {
            if let n = matcher.newOf[o] {
                anchor = n
                continue
            }
            placed.append(((anchor, o + 1), change(forUnmatchedOld: o)))
        }
        placed.sort { $0.key < $1.key }
        return placed.map(\.change)
    }

    private func change(forNew n: Int) -> RequirementChange {
        guard let o = matcher.oldOf[n] else { return change(forUnmatchedNew: n) }
        let oldNode = old.document.nodes[o]
        let newNode = new.document.nodes[n]
        var aspects: RequirementChange.Aspects = []
        let diff = CharacterDiff.compare(old.scalars[o], new.scalars[n])
        if old.scalars[o] != new.scalars[n] { aspects.insert(.reworded) }
        if oldNode.marker != newNode.marker { aspects.insert(.renumbered) }
        if !matcher.sameSection(o, n) { aspects.insert(.moved) }
        return RequirementChange(
            kind: RequirementChange.kind(of: aspects), aspects: aspects, old: oldRef(o), new: newRef(n),
            similarity: diff.similarity, chunks: aspects.contains(.reworded) ? diff.chunks : [])
    }

    /// Added, or the part split off an old requirement (its text from an old neighbour's, or its children from one
    /// old section that still exists).
    private func change(forUnmatchedNew n: Int) -> RequirementChange {
        if let (source, kept) = splitSource(ofNew: n) {
            return RequirementChange(kind: .split, old: oldRef(source), new: newRef(n), related: newRef(kept))
        }
        return RequirementChange(kind: .added, old: nil, new: newRef(n))
    }

    /// Removed, or merged into a new requirement that also holds an old neighbour's text (or its children).
    private func change(forUnmatchedOld o: Int) -> RequirementChange {
        if let (target, kept) = mergeTarget(ofOld: o) {
            return RequirementChange(kind: .merged, old: oldRef(o), new: newRef(target), related: oldRef(kept))
        }
        return RequirementChange(kind: .removed, old: oldRef(o), new: nil)
    }

    /// The old requirement an unmatched new one was split from, and the new requirement that kept the rest.
    private func splitSource(ofNew n: Int) -> (source: Int, kept: Int)? {
        counterpart(of: n, Sides(mine: new, theirs: old, partnerOfMine: matcher.oldOf, partnerOfTheirs: matcher.newOf))
    }

    /// The new requirement an unmatched old one was merged into, and the old requirement matched to it.
    private func mergeTarget(ofOld o: Int) -> (target: Int, kept: Int)? {
        counterpart(of: o, Sides(mine: old, theirs: new, partnerOfMine: matcher.newOf, partnerOfTheirs: matcher.oldOf))
    }

    /// One version seen from the other: a split seen from the old side is a merge seen from the new.
    private struct Sides {
        let mine: RequirementTexts
        let theirs: RequirementTexts
        let partnerOfMine: [Int?]
        let partnerOfTheirs: [Int?]
    }

    /// For an unpaired requirement of `mine`: the requirement of `theirs` it is a part of, and the requirement of
    /// `mine` that one is paired with (which holds the rest). Clear cases only: a section whose paired children all
    /// came from one section that lives on elsewhere, or a text mostly found in a neighbour's partner and not in
    /// the neighbour itself.
    private func counterpart(of x: Int, _ sides: Sides) -> (Int, Int)? {
        let parents = Set(
            sides.mine.siblingOrder.children(of: x).compactMap { sides.partnerOfMine[$0] }.map {
                sides.theirs.document.nodes[$0].parent
            })
        if parents.count == 1, let whole = parents.first ?? nil, let kept = sides.partnerOfTheirs[whole], kept != x {
            return (whole, kept)
        }
        for neighbour in neighbours(of: x, in: sides.mine.siblingOrder) {
            guard let whole = sides.partnerOfMine[neighbour] else { continue }
            let part = sides.mine.bigrams[x]
            if RequirementTexts.containment(part, in: sides.theirs.bigrams[whole]) >= Self.partContainment,
                RequirementTexts.containment(part, in: sides.mine.bigrams[neighbour]) < Self.partOwnContainment
            {
                return (whole, neighbour)
            }
        }
        return nil
    }

    /// The siblings just before and just after a node.
    private func neighbours(of node: Int, in order: SiblingOrder) -> [Int] {
        let list = order.siblings(of: node)
        let k = order.place(of: node)
        return [k - 1, k + 1].filter { list.indices.contains($0) }.map { list[$0] }
    }
}
