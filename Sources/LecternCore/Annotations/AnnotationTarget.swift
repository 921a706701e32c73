/// What an annotation points at, in the W3C Web Annotation model's terms: a TextPositionSelector, a
/// TextQuoteSelector and, as a hint, the id of the numbered requirement around the passage.
public struct AnnotationTarget: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A numbered requirement: its marker and its own text.
        case requirement
        /// One or more whole reading paragraphs.
        case paragraphs
        case sentence
        /// Any code-point range, across paragraphs too.
        case range
    }

    public var kind: Kind
    /// The id of the requirement the passage is (kind `requirement`) or lies in; a hint for re-anchoring and the
    /// label reports group by. Nil before the first numbered heading.
    public var requirement: String?
    /// Last known position, start inclusive, end exclusive, in code points of the decoded text.
    public var position: TextPosition
    public var quote: TextQuote
    public var unknownFields: UnknownFields

    public init(
        kind: Kind, requirement: String?, position: TextPosition, quote: TextQuote,
        unknownFields: UnknownFields = UnknownFields()
    ) {
        self.kind = kind
        self.requirement = requirement
        self.position = position
        self.quote = quote
        self.unknownFields = unknownFields
    }
}

/// W3C TextPositionSelector: [start, end) in Unicode code points.
public struct TextPosition: Sendable, Equatable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// W3C TextQuoteSelector: the passage and up to `TextQuote.contextLength` code points on each side.
public struct TextQuote: Sendable, Equatable {
    public static let contextLength = 32

    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(exact: String, prefix: String, suffix: String) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// Where an annotation was found in the current source, and how sure that is.
public struct Anchor: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// The text at the recorded position is the quote.
        case exact
        /// The exact quote was found elsewhere (context chose among copies).
        case moved
        /// Text close to the quote (similarity at least `Reanchorer.Thresholds.minimumSimilarity`) was found.
        case fuzzy
        /// Several places fit equally well; none is chosen.
        case ambiguous
        /// Nothing fits well enough. The annotation is kept and listed until the user re-attaches or deletes it.
        case orphaned
    }

    public var status: Status
    /// The passage in the current source; nil when ambiguous or orphaned.
    public var start: Int?
    public var end: Int?
    /// For `ambiguous`: how many places fit.
    public var candidates: Int
    /// For `fuzzy`: quote similarity in 0...1 (1 − edits / quote length).
    public var similarity: Double?

    public init(status: Status, start: Int? = nil, end: Int? = nil, candidates: Int = 0, similarity: Double? = nil) {
        self.status = status
        self.start = start
        self.end = end
        self.candidates = candidates
        self.similarity = similarity
    }

    public var isAnchored: Bool { start != nil }
}
