/// Three-way merge by annotation id of what this process loaded (`base`), what it holds now (`mine`) and what is on
/// disk now (`theirs`, written by another process meanwhile). Nothing is dropped silently: an edit on one side and a
/// delete on the other keeps the edit; the same field changed differently on both sides keeps theirs in the file and
/// reports a conflict carrying my version.
public enum AnnotationMerge {
    public struct Result: Sendable {
        public var annotations: [Annotation]
        public var conflicts: [AnnotationConflict]
    }

    public static func merge(base: [Annotation], mine: [Annotation], theirs: [Annotation]) -> Result {
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
            guard let old else {
                // Both sides have an id the base lacked: the same annotation added twice (or a re-save); merge fields.
                let (annotation, fields) = mergeFields(base: nil, mine: my, theirs: their)
                merged.append(annotation)
                if !fields.isEmpty {
                    conflicts.append(AnnotationConflict(id: my.id, fields: fields, mine: my, theirs: their))
                }
                continue
            }
            let (annotation, fields) = mergeFields(base: old, mine: my, theirs: their)
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

    /// Field by field: a side that left a field as it was takes the other side's value; tags merge as sets.
    static func mergeFields(base: Annotation?, mine: Annotation, theirs: Annotation) -> (Annotation, [String]) {
        var result = theirs
        var conflicts: [String] = []
        func pick<T: Equatable>(_ name: String, _ key: KeyPath<Annotation, T>) -> T {
            let m = mine[keyPath: key]
            let t = theirs[keyPath: key]
            if m == t { return t }
            if let base {
                if base[keyPath: key] == m { return t }
                if base[keyPath: key] == t { return m }
            }
            conflicts.append(name)
            return t
        }
        result.note = pick("note", \.note)
        result.status = pick("status", \.status)
        result.color = pick("color", \.color)
        result.unknownFields = mine.unknownFields == base?.unknownFields ? theirs.unknownFields : mine.unknownFields
        result.tags = mergeTags(base: base?.tags ?? [], mine: mine.tags, theirs: theirs.tags)
        // Targets are re-anchored by both sides; the later explicit change (modified time) wins, else mine.
        if mine.target != theirs.target || mine.anchor != theirs.anchor {
            let theirsUnchanged = base.map { $0.target == theirs.target && $0.anchor == theirs.anchor } ?? false
            let mineUnchanged = base.map { $0.target == mine.target && $0.anchor == mine.anchor } ?? false
            if theirsUnchanged || (!mineUnchanged && mine.modified >= theirs.modified) {
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
