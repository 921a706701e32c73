import LecternCore

/// What the tree shows of a comparison (`lectern --diff`): a mark beside each changed requirement of the file
/// compared, and the old version's removed requirements as rows of their own where they used to be. A value the
/// tree pane keeps, made once from the core's `ComparisonReading`.
struct TreeChanges: Equatable {
    /// The open file that is the new version.
    let file: Int
    /// Per changed node of that file: its mark.
    let marks: [Int: String]
    let removed: [RemovedRow]

    /// A removed requirement's row: after which node of the new version (nil: before them all), at what depth.
    struct RemovedRow: Equatable {
        let change: Int
        let after: Int?
        let depth: Int
        let text: String
    }

    /// Where one removed row goes among the file's tree entries.
    struct Placement: Equatable {
        let afterEntry: Int
        let removed: Int
    }

    init(_ reading: ComparisonReading, file: Int) {
        self.file = file
        var marks: [Int: String] = [:]
        for node in reading.changedNodes {
            if let change = reading.changedRequirement(new: node) { marks[node] = Self.mark(change.kind) }
        }
        self.marks = marks
        removed = reading.removed.map {
            RemovedRow(change: $0.change, after: $0.after, depth: $0.depth, text: "\($0.old.id) \($0.old.label)")
        }
    }

    /// The short mark of a kind of change (the help lists them with D).
    static func mark(_ kind: RequirementChange.Kind) -> String {
        switch kind {
        case .added: return "+"
        case .reworded: return "~"
        case .moved: return "→"
        case .renumbered: return "#"
        case .split: return "/"
        case .merged: return "&"
        case .removed: return "-"
        case .unchanged: return " "
        }
    }

    /// The removed rows shown under the reader's folds, in row order: each after the entry of the node it follows,
    /// or of that node's nearest shown ancestor when the row sat no deeper than it; hidden inside a folded section.
    func placements(in reader: DocumentReader) -> [Placement] {
        var out: [Placement] = []
        for (k, row) in removed.enumerated() {
            guard let after = row.after else {
                out.append(Placement(afterEntry: 0, removed: k))
                continue
            }
            var node = after
            while reader.outline.row[.node(node)] == nil, let parent = reader.document.nodes[node].parent {
                node = parent
            }
            if let entry = reader.outline.row[.node(node)],
                node == after || row.depth <= reader.document.nodes[node].depth
            {
                out.append(Placement(afterEntry: entry, removed: k))
            }
        }
        return out.sorted { ($0.afterEntry, $0.removed) < ($1.afterEntry, $1.removed) }
    }
}

extension TreePane {
    /// The removed rows shown in a file's entries (none but in the file compared).
    func placements(file: Int, in readers: [DocumentReader]) -> [TreeChanges.Placement] {
        guard let changes, changes.file == file, readers.indices.contains(file) else { return [] }
        return changes.placements(in: readers[file])
    }

    /// The same for a file's reader, read where it lies (`ReadersInPlace`).
    func placements(file: Int, of reader: UnsafePointer<DocumentReader>) -> [TreeChanges.Placement] {
        guard let changes, changes.file == file else { return [] }
        return changes.placements(in: reader.pointee)
    }

    /// The row at `local` among a file's entries and removed rows.
    func localRow(_ local: Int, file: Int, in readers: [DocumentReader]) -> TreeRow {
        for (k, placement) in placements(file: file, in: readers).enumerated() {
            let at = placement.afterEntry + 1 + k
            if local == at { return TreeRow(file: file, entry: placement.afterEntry, removed: placement.removed) }
            if local < at { return TreeRow(file: file, entry: local - k) }
        }
        return TreeRow(file: file, entry: local - placements(file: file, in: readers).count)
    }

    /// Where a row is among its file's entries and removed rows.
    func localIndex(of row: TreeRow, in readers: [DocumentReader]) -> Int {
        let entry = row.entry ?? 0
        let placements = placements(file: row.file, in: readers)
        if let removed = row.removed, let k = placements.firstIndex(where: { $0.removed == removed }) {
            return placements[k].afterEntry + 1 + k
        }
        return entry + placements.filter { $0.afterEntry < entry }.count
    }

    /// The change record of the selected removed row, nil when something else is selected.
    func selectedRemovedChange(in library: Library) -> Int? {
        guard let row = selectedRow(in: library), let removed = row.removed else { return nil }
        return changes?.removed[removed].change
    }
}
