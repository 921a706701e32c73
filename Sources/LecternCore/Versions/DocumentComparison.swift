/// Two versions of a document compared requirement by requirement: what a report prints and a reader marks.
///
/// `changes` holds one record per requirement of either version, in the new version's order, each removed or
/// merged-away requirement placed where it used to be (after what its old predecessor became).
public struct DocumentComparison: Sendable {
    public let oldPath: String
    public let newPath: String
    public let changes: [RequirementChange]
    /// True when the text outside every requirement (an introduction before the first heading) differs.
    public let outsideTextDiffers: Bool
    /// The change record of each node, by node index: `changeOfNew[n]` for the new version, `changeOfOld[o]` for
    /// the old (indices into `changes`).
    public let changeOfNew: [Int]
    public let changeOfOld: [Int]
    /// The kinds of change counted per section, in report order.
    public let sections: [SectionCount]

    /// The versions say the same, requirement by requirement and outside them.
    public var isIdentical: Bool { !outsideTextDiffers && changes.allSatisfy { $0.kind == .unchanged } }

    /// The record for a requirement of the new version (by node index).
    public func change(forNew index: Int) -> RequirementChange? {
        changeOfNew.indices.contains(index) ? changes[changeOfNew[index]] : nil
    }

    /// The record for a requirement of the old version (by node index).
    public func change(forOld index: Int) -> RequirementChange? {
        changeOfOld.indices.contains(index) ? changes[changeOfOld[index]] : nil
    }

    /// The new node an old requirement became, if it was matched.
    public func newIndex(matchingOld index: Int) -> Int? {
        change(forOld: index).flatMap { $0.old?.index == index ? $0.new?.index : nil }
    }

    /// How many requirements each kind of change has.
    public var counts: [RequirementChange.Kind: Int] {
        var counts: [RequirementChange.Kind: Int] = [:]
        for change in changes { counts[change.kind, default: 0] += 1 }
        return counts
    }

    /// Compares two versions. Pure and deterministic: the same two documents always give the same records.
    public static func compare(_ old: Document, _ new: Document) -> DocumentComparison {
        let oldTexts = RequirementTexts(old)
        let newTexts = RequirementTexts(new)
        var matcher = RequirementMatcher(old: oldTexts, new: newTexts)
        matcher.match()
        var builder = ChangeBuilder(matcher: matcher)
        let changes = builder.changes()
        var changeOfNew = [Int](repeating: 0, count: new.nodes.count)
        var changeOfOld = [Int](repeating: 0, count: old.nodes.count)
        for (k, change) in changes.enumerated() {
            // A split's old side belongs to the part that kept it, a merge's new side to the part it kept.
            if let n = change.new?.index, change.kind != .merged { changeOfNew[n] = k }
            if let o = change.old?.index, change.kind != .split { changeOfOld[o] = k }
        }
        let sections = SectionCount.sections(of: changes, old: old, new: new) { matcher.newOf[$0] }
        return DocumentComparison(
            oldPath: old.path, newPath: new.path, changes: changes,
            outsideTextDiffers: oldTexts.outside != newTexts.outside, changeOfNew: changeOfNew,
            changeOfOld: changeOfOld, sections: sections)
    }
}
