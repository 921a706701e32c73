/// Where a carried annotation came from: kept in the sidecar as the annotation's `carriedFrom` member
/// (docs/ANNOTATIONS.md), which versions that do not know it keep as an unknown field.
public struct CarriedFrom: Sendable, Equatable {
    public static let key = "carriedFrom"

    /// The old version's file name.
    public var source: String
    /// The annotation's id in the old version's sidecar.
    public var id: String
    /// The requirement it was on in the old version.
    public var requirement: String?
    /// When it was carried (ISO 8601 UTC).
    public var carried: String

    public init(source: String, id: String, requirement: String?, carried: String) {
        self.source = source
        self.id = id
        self.requirement = requirement
        self.carried = carried
    }

    init?(_ value: JSONValue) {
        guard let source = value["source"]?.stringValue, let id = value["id"]?.stringValue,
            let carried = value["carried"]?.stringValue
        else { return nil }
        self.init(source: source, id: id, requirement: value["requirement"]?.stringValue, carried: carried)
    }

    var json: JSONValue {
        .object([
            ("source", .string(source)), ("id", .string(id)), ("requirement", .optional(requirement)),
            ("carried", .string(carried)),
        ])
    }
}

extension Annotation {
    /// The record of the version this annotation was carried from, if it was.
    public var carriedFrom: CarriedFrom? {
        get { unknownFields.members.first { $0.0 == CarriedFrom.key }.flatMap { CarriedFrom($0.1) } }
        set {
            unknownFields.members.removeAll { $0.0 == CarriedFrom.key }
            if let newValue { unknownFields.members.append((CarriedFrom.key, newValue.json)) }
        }
    }
}
