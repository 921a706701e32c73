import Foundation

/// `lectern diff --json` (docs/FORMAT.md, "diff --json").
public enum ComparisonJSON {
    /// One object per compared pair of files, and the names only one folder has.
    public static func render(
        _ comparisons: [DocumentComparison], onlyInOld: [String] = [], onlyInNew: [String] = []
    ) -> JSONValue {
        .object([
            ("files", .array(comparisons.map(comparison))),
            ("onlyInOld", .array(onlyInOld.map(JSONValue.string))),
            ("onlyInNew", .array(onlyInNew.map(JSONValue.string))),
        ])
    }

    static func comparison(_ comparison: DocumentComparison) -> JSONValue {
        let counts = comparison.counts
        return .object([
            ("old", .string(comparison.oldPath)),
            ("new", .string(comparison.newPath)),
            ("identical", .bool(comparison.isIdentical)),
            ("outsideTextDiffers", .bool(comparison.outsideTextDiffers)),
            ("counts", .object(RequirementChange.Kind.allCases.map { ($0.rawValue, .int(counts[$0] ?? 0)) })),
            ("sections", .array(comparison.sections.map(section))),
            ("changes", .array(comparison.changes.map(change))),
        ])
    }

    static func section(_ section: SectionCount) -> JSONValue {
        .object([
            ("id", .string(section.id)),
            ("label", .string(section.label)),
            ("version", .string(section.isOld ? "old" : "new")),
            (
                "counts",
                .object(
                    RequirementChange.Kind.allCases.compactMap { kind in
                        section.counts[kind].map { (kind.rawValue, .int($0)) }
                    })
            ),
        ])
    }

    static func change(_ change: RequirementChange) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("kind", .string(change.kind.rawValue)),
            ("aspects", .array(change.aspectNames.map(JSONValue.string))),
            ("old", change.old.map(reference) ?? .null),
            ("new", change.new.map(reference) ?? .null),
        ]
        if let related = change.related { members.append(("related", reference(related))) }
        if change.old != nil, change.new != nil, change.kind != .split, change.kind != .merged {
            members.append(("similarity", .number(String(format: "%.3f", change.similarity))))
        }
        if !change.chunks.isEmpty {
            members.append(
                (
                    "diff",
                    .array(
                        change.chunks.map {
                            .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))])
                        })
                ))
        }
        return .object(members)
    }

    static func reference(_ ref: RequirementRef) -> JSONValue {
        .object([
            ("id", .string(ref.id)),
            ("marker", .string(ref.marker)),
            ("title", .string(ref.title)),
            ("line", .int(ref.line)),
        ])
    }
}
