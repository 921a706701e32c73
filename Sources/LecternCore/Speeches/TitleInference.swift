/// A title for a speech that has none: the opening clause of its first body paragraph ("这次全市组织部长会议").
enum TitleInference {
    static let shortestClause = 6
    static let longestTitle = 30

    static func title(fromOpening text: String) -> String {
        var clause = String.UnicodeScalarView()
        var length = 0
        for scalar in text.unicodeScalars {
            let s = UTF8Text.folded(scalar.value)
            if Scalar.endsSentence(s) { break }
            // A clause shorter than a few characters ("今天，") runs on into the next one.
            if s == Scalar.comma || s == Scalar.colon, length >= shortestClause { break }
            clause.append(scalar)
            length += 1
            if length >= longestTitle { return String(clause) + "…" }
        }
        var title = Substring(String(clause))
        while let last = title.last, last.isWhitespace { title.removeLast() }
        return String(title)
    }
}
