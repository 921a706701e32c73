/// A value of an annotation's field that a merge replaced: both sides had changed the field, the later change
/// (by `modified` time) was kept, and this is the other one — kept so that nothing anyone typed is lost.
public struct FieldChange: Sendable, Equatable {
    /// `note`, `status` or `color`.
    public var field: String
    /// The replaced value (nil: the field was empty on that side).
    public var value: String?
    /// The `modified` time of the version that held the value.
    public var modified: String
    /// The `modified` time of the version that replaced it: a merge of the same two versions always writes the
    /// same entry, so merging again adds nothing twice.
    public var replacedAt: String
    /// Members of the entry this version does not know, written back unchanged.
    public var unknownFields: UnknownFields

    public init(
        field: String, value: String?, modified: String, replacedAt: String,
        unknownFields: UnknownFields = UnknownFields()
    ) {
        self.field = field
        self.value = value
        self.modified = modified
        self.replacedAt = replacedAt
        self.unknownFields = unknownFields
    }

    /// Both lists' entries, each once, oldest replacement first: the same whichever list is given first.
    static func union(_ first: [FieldChange], _ second: [FieldChange]) -> [FieldChange] {
        var out = first
        for change in second where !out.contains(change) { out.append(change) }
        return out.sorted { ($0.replacedAt, $0.modified, $0.field) < ($1.replacedAt, $1.modified, $1.field) }
    }
}
