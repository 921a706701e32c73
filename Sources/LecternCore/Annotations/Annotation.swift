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
    /// Members of the annotation object this version does not know, written back unchanged.
    public var unknownFields: UnknownFields

    public init(
        id: String, target: AnnotationTarget, tags: [String] = [], note: String? = nil,
        status: RequirementStatus? = nil, color: String? = nil, created: String, modified: String? = nil,
        unknownFields: UnknownFields = UnknownFields()
    ) {
        self.id = id
        self.target = target
        self.anchor = Anchor(status: .exact, start: target.position.start, end: target.position.end)
        var seen = Set<String>()
        self.tags = tags.filter { seen.insert($0).inserted }
        self.note = note
        self.status = status
        self.color = color
        self.created = created
        self.modified = modified ?? created
        self.unknownFields = unknownFields
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

    /// The members of `object` whose keys are not in `known`.
    /// (`known` is a short list: searching it is cheaper than hashing it into a set for every annotation read.)
    static func from(_ object: [(String, JSONValue)], known: [String]) -> UnknownFields {
        guard object.contains(where: { !known.contains($0.0) }) else { return UnknownFields() }
        return UnknownFields(object.filter { !known.contains($0.0) })
    }
}
