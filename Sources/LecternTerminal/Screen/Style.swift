/// What a piece of screen text is; the backend's theme turns roles into colors and attributes.
public enum TextRole: String, Sendable, CaseIterable {
    case body, speechTitle, inferredTitle, heading, itemMarker, foldSummary
    case treeEntry, treeSpeech, problem, border, status, message, error, prompt, help, helpKey
    /// The margin mark beside annotated lines, and tags and statuses in the tree and the panel.
    case annotationMark
    /// A file's row in the tree.
    case treeFile
    /// A comparison's mark of a changed requirement in the tree (`lectern --diff`).
    case changeMark
    /// A requirement of the old version that the new one no longer has, listed in the tree where it was.
    case removedEntry
    /// Old text that the new version deleted, and new text it inserted, in the old-text overlay.
    case deletedText, insertedText
}

/// How one cell is drawn: its role plus the emphasis laid over it (cursor, search hits, annotations, selection).
public struct Style: Hashable, Sendable {
    public struct Emphasis: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The reading cursor's line or the tree's selected entry.
        public static let cursor = Emphasis(rawValue: 1)
        /// The cursor of the pane that has the focus.
        public static let focused = Emphasis(rawValue: 2)
        public static let searchHit = Emphasis(rawValue: 4)
        public static let currentHit = Emphasis(rawValue: 8)
        /// Annotated text: underlined, so it shows without colour too.
        public static let annotated = Emphasis(rawValue: 16)
        /// The passage being selected.
        public static let selected = Emphasis(rawValue: 32)
    }

    public var role: TextRole
    public var emphasis: Emphasis

    public init(_ role: TextRole, _ emphasis: Emphasis = []) {
        self.role = role
        self.emphasis = emphasis
    }

    public static let body = Style(.body)
}
