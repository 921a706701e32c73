import LecternCore

/// The reader beside a comparison (`lectern --diff OLD NEW`, the new version being file 0): `]c` and `[c` jump
/// between changed requirements, D opens the old text of one (OldTextOverlay); the tree marks the changes
/// (TreeChanges). The core's ComparisonReading answers which requirement changed and how.
struct VersionComparison {
    let reading: ComparisonReading

    static let notOpen = StatusMessage.error("no versions compared (open them with lectern --diff OLD NEW)")

    var summary: String { reading.summary }

    /// `]c`, `[c`: to the next or previous changed requirement of the new version, unfolding what hides it; stops
    /// with a message at the last one, as the other jumps do. Returns what the status line says.
    func jump(forward: Bool, count: Int, _ reader: inout DocumentReader) -> StatusMessage {
        var arrived: Int?
        for _ in 0..<count {
            let here = reader.nodeStartingAtOrBeforeCursor()
            let next: Int?
            if forward {
                next = reading.changedNode(after: here)
            } else if let here, reading.changedRequirement(new: here) != nil,
                reader.position(ofNode: here) < reader.cursor
            {
                next = here  // inside a changed requirement's text, back to its start first
            } else {
                next = here.flatMap { reading.changedNode(before: $0) }
            }
            guard let next else { break }
            reader.jump(toNode: next)
            arrived = next
        }
        guard let arrived, let change = reading.changedRequirement(new: arrived) else {
            return .error(forward ? "no change after this" : "no change before this")
        }
        return .info(OldTextOverlay.summary(change))
    }

    /// D: the old text of the removed requirement `removed` (selected in the tree), else of the requirement at the
    /// cursor; nil when there is none.
    func oldText(removed: Int?, at reader: DocumentReader) -> OldTextOverlay? {
        let change: RequirementChange
        if let removed {
            change = reading.comparison.changes[removed]
        } else if let node = reader.node(at: reader.cursor), let record = reading.comparison.change(forNew: node) {
            change = record
        } else {
            return nil
        }
        return OldTextOverlay(change, oldText: change.old.map { reading.oldText($0) } ?? "")
    }
}
