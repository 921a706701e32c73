import Foundation

/// Text helpers shared by the accuracy scoring and report.
enum AccuracyText {
    /// Without surrounding whitespace, the ideographic space (U+3000) and no-break space (U+00A0) included.
    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func isBlank(_ text: String) -> Bool {
        trimmed(text).isEmpty
    }

    /// The first `limit` characters, with … when cut: enough to recognize a line in a list of misses.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        let text = trimmed(text)
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}
