import Algorithms

/// A comparison as a reader of the new version reads it: the changed requirements in reading order (for jumping
/// between them), where each removed one used to be, and the old text of every old requirement (to show beside
/// the new). Pure: the terminal's comparison view draws from it.
public struct ComparisonReading: Sendable {
    public let comparison: DocumentComparison
    /// New node indices whose requirement changed, ascending (nodes are numbered in reading order).
    public let changedNodes: [Int]
    /// Requirements of the old version with no place in the new one, in the order `changes` lists them.
    public let removed: [RemovedRequirement]
    /// Per old node: the text compared (after the marker, the paragraphs it leads, white space out).
    private let oldTexts: [String]

    /// A removed (or merged-away) requirement, and the new node it now follows: what its old predecessor became,
    /// nil when nothing of the new version comes before it.
    public struct RemovedRequirement: Sendable, Equatable {
        public let change: Int
        public let after: Int?
        public let old: RequirementRef
        public let depth: Int
    }

    public init(_ comparison: DocumentComparison, old oldDocument: Document) {
        self.comparison = comparison
        let texts = RequirementTexts(oldDocument)
        oldTexts = texts.scalars.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
        var changed: [Int] = []
        var removed: [RemovedRequirement] = []
        var lastNew: Int?
        for (k, change) in comparison.changes.enumerated() {
            if let new = change.new {
                lastNew = new.index
                if change.kind != .unchanged { changed.append(new.index) }
            } else if let old = change.old {
                removed.append(
                    RemovedRequirement(change: k, after: lastNew, old: old, depth: oldDocument.nodes[old.index].depth))
            }
        }
        changedNodes = Array(Set(changed)).sorted()
        self.removed = removed
    }

    /// The change record of a new node, nil for an unchanged one.
    public func changedRequirement(new node: Int) -> RequirementChange? {
        guard let change = comparison.change(forNew: node), change.new?.index == node, change.kind != .unchanged
        else { return nil }
        return change
    }

    /// The first changed node after `node` (after nothing: the first of all), nil when none follows.
    public func changedNode(after node: Int?) -> Int? {
        let start = node.map { node in changedNodes.partitioningIndex { $0 > node } } ?? 0
        return changedNodes.indices.contains(start) ? changedNodes[start] : nil
    }

    /// The last changed node before `node`, nil when none comes before.
    public func changedNode(before node: Int) -> Int? {
        let end = changedNodes.partitioningIndex { $0 >= node }
        return end > 0 ? changedNodes[end - 1] : nil
    }

    /// The old text of a requirement of the old version (white space out, as compared).
    public func oldText(_ old: RequirementRef) -> String {
        oldTexts.indices.contains(old.index) ? oldTexts[old.index] : ""
    }

    /// "3 reworded, 1 added, 6 renumbered, 1 removed": the changes counted by kind, in a fixed order; "no changes"
    /// when every requirement is unchanged.
    public var summary: String {
        let counts = comparison.counts
        let order: [RequirementChange.Kind] = [.reworded, .added, .moved, .renumbered, .split, .merged, .removed]
        let parts = order.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
        return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
    }
}
