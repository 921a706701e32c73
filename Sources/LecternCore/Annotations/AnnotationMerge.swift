/// Three-way merge by annotation id of a common `base`, `mine` and `theirs`. A save merges what this process loaded
/// (`base`), what it holds now (`mine`) and what is on disk now (`theirs`, written by another process meanwhile);
/// the git merge driver (`SidecarMerge`) merges two branches' sidecars. Nothing is dropped silently: an edit on one
/// side and a delete on the other keeps the edit; the same field changed differently on both sides is resolved as
/// `Resolution` says and reported.
public enum AnnotationMerge {
    public struct Result: Sendable {
        public var annotations: [Annotation]
        public var conflicts: [AnnotationConflict]
    }

    /// What becomes of a field (`note`, `status`, `color`) both sides changed to different values.
    public enum Resolution: Sendable {
        /// Theirs stays in the file and the conflict carries my version: a save, whose user is there to decide.
        case keepTheirs
        /// The version modified later wins (theirs on a tie); the other value is kept in the annotation's `history`:
        /// a git merge, where no one is there to decide.
        case laterModified
    }

    /// Theirs in their order, then the annotations only I have, in my order.
    public static func merge(
        base: [Annotation], mine: [Annotation], theirs: [Annotation], resolution: Resolution = .keepTheirs
    ) -> Result {
        let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let mineByID = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let theirIDs = Set(theirs.map(\.id))
        var merged: [Annotation] = []
        var conflicts: [AnnotationConflict] = []
        for their in theirs {
            let old = baseByID[their.id]
            guard let my = mineByID[their.id] else {
                if let old, old != their {
                    // I deleted it, they edited it: keep their edit.
                    merged.append(their)
                    conflicts.append(
                        AnnotationConflict(
                            id: their.id, fields: ["deleted here, edited elsewhere"], mine: nil, theirs: their))
                } else if old == nil {
                    merged.append(their)  // added elsewhere
                }
                continue  // else deleted here, unchanged there: stays deleted
            }
            // With no base, both sides added the same id (the same annotation twice, or a re-save): merge fields.
            let (annotation, fields) = mergeFields(base: old, mine: my, theirs: their, resolution: resolution)
            merged.append(annotation)
            if !fields.isEmpty {
                conflicts.append(AnnotationConflict(id: my.id, fields: fields, mine: my, theirs: their))
            }
        }
        for my in mine where !theirIDs.contains(my.id) {
            if let old = baseByID[my.id] {
                // They deleted it. Keep it if I changed it; otherwise the delete stands.
                if old != my {
                    merged.append(my)
                    conflicts.append(
                        AnnotationConflict(id: my.id, fields: ["edited here, deleted elsewhere"], mine: my, theirs: nil)
                    )
                }
            } else {
                merged.append(my)  // added here
            }
        }
        return Result(annotations: merged, conflicts: conflicts)
    }

    /// Field by field: a side that left a field as it was takes the other side's value; tags merge as sets;
    /// histories are joined.
    static func mergeFields(
        base: Annotation?, mine: Annotation, theirs: Annotation, resolution: Resolution = .keepTheirs
    ) -> (Annotation, [String]) {
        var result = theirs
        var conflicts: [String] = []
        var replaced: [FieldChange] = []
        let mineIsLater = mine.modified > theirs.modified
        func pick<T: Equatable>(_ name: String, _ key: KeyPath<Annotation, T>, _ text: (T) -> String?) -> T {
            let m = mine[keyPath: key]
            let t = theirs[keyPath: key]
            if m == t { return t }
            if let base {
                if base[keyPath: key] == m { return t }
                if base[keyPath: key] == t { return m }
            }
            conflicts.append(name)
            guard resolution == .laterModified else { return t }
            let (kept, lost) = mineIsLater ? (mine, theirs) : (theirs, mine)
            replaced.append(
                FieldChange(
                    field: name, value: text(lost[keyPath: key]), modified: lost.modified, replacedAt: kept.modified))
            return kept[keyPath: key]
        }
        result.note = pick("note", \.note) { $0 }
        result.status = pick("status", \.status) { $0?.rawValue }
        result.color = pick("color", \.color) { $0 }
        result.history = FieldChange.union(mine.history + replaced, theirs.history)
        result.unknownFields = UnknownFields.merged(
            base: base?.unknownFields, mine: mine.unknownFields, theirs: theirs.unknownFields,
            preferMine: resolution == .laterModified && mineIsLater)
        result.tags = mergeTags(base: base?.tags ?? [], mine: mine.tags, theirs: theirs.tags)
        // Targets are re-anchored by both sides; the later explicit change (modified time) wins. On a tie, mine in
        // a save; in a git merge theirs, the version in place, as for the fields.
        if mine.target != theirs.target || mine.anchor != theirs.anchor {
            let theirsUnchanged = base.map { $0.target == theirs.target && $0.anchor == theirs.anchor } ?? false
            let mineUnchanged = base.map { $0.target == mine.target && $0.anchor == mine.anchor } ?? false
            let mineIsLaterChange = resolution == .keepTheirs ? mine.modified >= theirs.modified : mineIsLater
            if theirsUnchanged || (!mineUnchanged && mineIsLaterChange) {
                result.target = mine.target
                result.anchor = mine.anchor
            }
        }
        result.modified = max(mine.modified, theirs.modified)
        result.created = min(mine.created, theirs.created)
        return (result, conflicts)
    }

    /// Theirs in order, minus the tags I removed, plus the tags I added.
    static func mergeTags(base: [String], mine: [String], theirs: [String]) -> [String] {
        let removed = Set(base).subtracting(mine)
        var out = theirs.filter { !removed.contains($0) }
        for tag in mine where !out.contains(tag) && !base.contains(tag) { out.append(tag) }
        return out
    }
}

/// An annotation both this process and another changed in ways that cannot both be kept.
public struct AnnotationConflict: Sendable, Equatable {
    public let id: String
    /// The fields in conflict (`note`, `status`, `color`) or what happened (`edited here, deleted elsewhere`).
    public let fields: [String]
    /// My version (nil if I deleted it); not in the file unless `theirs` is nil.
    public let mine: Annotation?
    /// The version in the file (nil if it was deleted there).
    public let theirs: Annotation?

    public var description: String {
        "annotation \(id): \(fields.joined(separator: ", ")) changed in another process too"
    }
}
