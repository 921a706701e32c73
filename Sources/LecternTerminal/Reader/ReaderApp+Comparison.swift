import LecternCore

/// The reader beside a comparison (`lectern --diff OLD NEW`): the tree marks the changes, `]c` and `[c` jump
/// between changed requirements, D opens the old text of one (OldTextOverlay). The core's ComparisonReading
/// answers which requirement changed and how; the router hands the tree its marks and the overlay its change.
extension ReaderApp {
    /// Shows the new version, file 0, beside its comparison with the old.
    public mutating func showComparison(_ reading: ComparisonReading) {
        comparison = reading
        tree.changes = TreeChanges(reading, file: 0)
        keepTreeSelectionVisible()
    }

    private static let noComparison = "no versions compared (open them with lectern --diff OLD NEW)"

    /// `]c`, `[c`: to the next or previous changed requirement of the file compared, unfolding what hides it;
    /// stops with a message at the last one, as the other jumps do.
    mutating func jumpToChange(forward: Bool, count: Int) {
        guard let comparison, current == 0 else { return say(Self.noComparison, error: true) }
        var arrived: Int?
        for _ in 0..<count {
            let here = reader.nodeStartingAtOrBeforeCursor()
            let next: Int?
            if forward {
                next = comparison.changedNode(after: here)
            } else if let here, comparison.changedRequirement(new: here) != nil,
                reader.position(ofNode: here) < reader.cursor
            {
                next = here  // inside a changed requirement's text, back to its start first
            } else {
                next = here.flatMap { comparison.changedNode(before: $0) }
            }
            guard let next else { break }
            reader.jump(toNode: next)
            arrived = next
        }
        guard let arrived, let change = comparison.changedRequirement(new: arrived) else {
            return say(forward ? "no change after this" : "no change before this", error: true)
        }
        tree.follow(library)
        say(OldTextOverlay.summary(change))
    }

    /// D: the old text of the removed requirement selected in the tree, else of the requirement at the cursor.
    mutating func showOldText() {
        guard let comparison, current == 0 else { return say(Self.noComparison, error: true) }
        let change: RequirementChange
        if focus == .tree, let removed = tree.selectedRemovedChange(in: library) {
            change = comparison.comparison.changes[removed]
        } else if let node = reader.node(at: reader.cursor), let record = comparison.comparison.change(forNew: node) {
            change = record
        } else {
            return say("no numbered requirement at the cursor", error: true)
        }
        let oldText = change.old.map { comparison.oldText($0) } ?? ""
        mode = .oldText(OldTextOverlay(change, oldText: oldText))
    }
}
