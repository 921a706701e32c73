/// The changes under one section (a top-level requirement) of the new version, or of the old version for a
/// section that has no new counterpart: what `lectern diff --stat` prints.
public struct SectionCount: Sendable, Equatable {
    /// The section's id and label in the version it is counted in.
    public let id: String
    public let label: String
    /// True for a section of the old version only (removed or merged away).
    public let isOld: Bool
    public internal(set) var counts: [RequirementChange.Kind: Int]

    /// Sections in report order, each with the kinds of change of the requirements under it (the section's own
    /// record included).
    static func sections(of changes: [RequirementChange], old: Document, new: Document, newOfOld: (Int) -> Int?)
        -> [SectionCount]
    {
        var result: [SectionCount] = []
        var positions: [String: Int] = [:]
        for change in changes {
            let key: String
            let node: NumberedNode
            if let ref = change.new, change.kind != .merged || change.old == nil {
                node = new.nodes[ref.section]
                key = "new \(ref.section)"
            } else if let ref = change.old, let mapped = newOfOld(ref.section) {
                node = new.nodes[mapped]
                key = "new \(mapped)"
            } else if let ref = change.old {
                node = old.nodes[ref.section]
                key = "old \(ref.section)"
            } else {
                continue
            }
            if positions[key] == nil {
                positions[key] = result.count
                result.append(SectionCount(id: node.id, label: node.label, isOld: key.hasPrefix("old"), counts: [:]))
            }
            result[positions[key]!].counts[change.kind, default: 0] += 1
        }
        return result
    }
}
