/// A finding of `lectern check`.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case info, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .info && b == .warning }
    }

    public enum Kind: String, Sendable, Codable {
        /// A gap in a sequence: 二是 with no 一是 before it.
        case missingOrdinal = "missing-ordinal"
        /// The same number twice in a row.
        case duplicateOrdinal = "duplicate-ordinal"
        /// A number lower than the one before it.
        case outOfOrder = "out-of-order"
        /// A sequence continued in another family: 一是, 二是, 三要.
        case familySwitch = "family-switch"
        /// "以下五种能力" followed by a different number of items.
        case countMismatch = "count-mismatch"
        /// A line dropped as page chrome.
        case noise
    }

    public let severity: Severity
    public let kind: Kind
    /// Speech number, when the finding is inside one.
    public let speech: Int?
    /// Id of the node (or speech number) whose children the finding is about.
    public let parent: String?
    /// 1-based source line.
    public let line: Int
    public let message: String

    public init(severity: Severity, kind: Kind, speech: Int?, parent: String?, line: Int, message: String) {
        self.severity = severity
        self.kind = kind
        self.speech = speech
        self.parent = parent
        self.line = line
        self.message = message
    }
}
