/// One requirement as it stands in one version: enough to name it, place it and jump to it.
public struct RequirementRef: Sendable, Equatable {
    /// Position in the version's `Document.nodes`.
    public let index: Int
    /// Dotted id in that version ("2.4.3").
    public let id: String
    /// The marker as written (三是).
    public let marker: String
    public let title: String
    /// 1-based source line.
    public let line: Int
    /// Index of its top-level ancestor (itself for a top-level node): the section `--stat` counts under.
    public let section: Int

    init(_ node: NumberedNode, section: Int) {
        index = node.index
        id = node.id
        marker = node.marker
        title = node.title
        line = node.line
        self.section = section
    }

    public var label: String { marker + title }
}

/// What happened to one requirement between two versions.
public struct RequirementChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case unchanged, reworded, renumbered, moved, added, removed, split, merged
    }

    /// The aspects of a matched requirement's change; a requirement may be moved, renumbered and reworded at once.
    public struct Aspects: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Its text differs (see `chunks`).
        public static let reworded = Aspects(rawValue: 1)
        /// Its own marker differs (三是 → 四是); a new id because an ancestor was renumbered does not count.
        public static let renumbered = Aspects(rawValue: 2)
        /// Its parent is not the requirement its old parent became (another section, or another speech).
        public static let moved = Aspects(rawValue: 4)
    }

    /// The one word a report leads with: added, removed, split, merged, else moved before reworded before
    /// renumbered (the rest are in `aspects`).
    public let kind: Kind
    public let aspects: Aspects
    /// Nil for an added requirement and for the new part of a split.
    public let old: RequirementRef?
    /// Nil for a removed requirement and for the old part that was merged away.
    public let new: RequirementRef?
    /// A split: the new requirement that kept the rest of `old`. A merge: the old requirement `new` was matched to.
    public let related: RequirementRef?
    /// Character similarity of the two texts (longest common subsequence, 0...1); 1 when unchanged.
    public let similarity: Double
    /// The text's changes, character by character in readable runs; empty unless reworded.
    public let chunks: [DiffChunk]

    init(
        kind: Kind, aspects: Aspects = [], old: RequirementRef?, new: RequirementRef?, related: RequirementRef? = nil,
        similarity: Double = 0, chunks: [DiffChunk] = []
    ) {
        self.kind = kind
        self.aspects = aspects
        self.old = old
        self.new = new
        self.related = related
        self.similarity = similarity
        self.chunks = chunks
    }

    /// The kind a matched requirement reports, from its aspects.
    static func kind(of aspects: Aspects) -> Kind {
        if aspects.contains(.moved) { return .moved }
        if aspects.contains(.reworded) { return .reworded }
        if aspects.contains(.renumbered) { return .renumbered }
        return .unchanged
    }

    /// The aspect names, in a fixed order (for reports).
    public var aspectNames: [String] {
        [(Aspects.moved, "moved"), (.reworded, "reworded"), (.renumbered, "renumbered")]
            .filter { aspects.contains($0.0) }.map(\.1)
    }
}
