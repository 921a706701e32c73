/// A user's annotation: tags, a note, a status and a color on a passage of a source document.
///
/// Positions count Unicode code points of the decoded text (LF line ends, no BOM), as everywhere in Lectern.
public struct Annotation: Sendable, Equatable {
    /// Stable identity across saves and processes (a UUID string); merges pair annotations by it.
    public var id: String
    public var target: AnnotationTarget
    /// How the target was last found in the source (kept in the sidecar as `anchor.status`).
    public var anchor: Anchor
    /// Any Unicode, in the order given, without duplicates.
    public var tags: [String]
    /// Free text, may span lines.
    public var note: String?
    public var status: RequirementStatus?
    /// A highlight color as the user named it (`yellow`, `#ffcc00`).
    public var color: String?
    /// ISO 8601 UTC times, kept as written.
    public var created: String
    public var modified: String
    /// Values a merge replaced when both sides changed the same field (`SidecarMerge`), oldest first.
    public var history: [FieldChange]
    /// Members of the annotation object this version does not know, written back unchanged.
    public var unknownFields: UnknownFields

    public init(
        id: String, target: AnnotationTarget, tags: [String] = [], note: String? = nil,
        status: RequirementStatus? = nil, color: String? = nil, created: String, modified: String? = nil,
        history: [FieldChange] = [], unknownFields: UnknownFields = UnknownFields()
    ) {
        self.id = id
        self.target = target
        self.anchor = Anchor(status: .exact, start: target.position.start, end: target.position.end)
        self.tags = Self.withoutRepeats(tags)
        self.note = note
        self.status = status
        self.color = color
        self.created = created
        self.modified = modified ?? created
        self.history = history
        self.unknownFields = unknownFields
    }

    /// `tags` without the repeats of earlier ones. Every annotation of a sidecar is made through here, and most have
    /// a tag or two: a few comparisons show there is no repeat without hashing them into a set.
    static func withoutRepeats(_ tags: [String]) -> [String] {
        if tags.count < 2 { return tags }
        if tags.count <= 16, !tags.indices.contains(where: { n in tags[..<n].contains(tags[n]) }) { return tags }
        var seen = Set<String>()
        return tags.filter { seen.insert($0).inserted }
    }
}

/// The progress of a requirement someone must act on.
public enum RequirementStatus: String, Sendable, CaseIterable {
    case todo, doing, done
}

/// Members of a JSON object that this version of Lectern does not know, in their original order.
public struct UnknownFields: Sendable, Equatable {
    public var members: [(String, JSONValue)]

    public init(_ members: [(String, JSONValue)] = []) { self.members = members }

    public static func == (a: UnknownFields, b: UnknownFields) -> Bool {
        JSONValue.object(a.members) == JSONValue.object(b.members)
    }

    /// Member by member, three ways: a member one side left as it was takes the other side's value (or absence);
    /// one changed differently on both sides takes theirs, or mine with `preferMine`. Theirs in order, then mine's.
    static func merged(base: UnknownFields?, mine: UnknownFields, theirs: UnknownFields, preferMine: Bool)
        -> UnknownFields
    {
        if mine == theirs || mine == base { return theirs }
        if theirs == base { return mine }
        func value(_ key: String, in fields: UnknownFields?) -> JSONValue? {
            fields?.members.first { $0.0 == key }?.1
        }
        var keys = theirs.members.map(\.0)
        for (key, _) in mine.members where !keys.contains(key) { keys.append(key) }
        var out: [(String, JSONValue)] = []
        for key in keys {
            let (b, m, t) = (value(key, in: base), value(key, in: mine), value(key, in: theirs))
            let kept = m == t || b == m ? t : b == t ? m : preferMine ? m : t
            if let kept { out.append((key, kept)) }
        }
        return UnknownFields(out)
    }

    /// The members of `object` whose keys are not in `known`.
    /// (`known` is a short list: searching it is cheaper than hashing it into a set for every annotation read.)
    static func from(_ object: [(String, JSONValue)], known: [String]) -> UnknownFields {
        guard object.contains(where: { !known.contains($0.0) }) else { return UnknownFields() }
        return UnknownFields(object.filter { !known.contains($0.0) })
    }
}
