import Foundation

/// A title for a speech that has none: the opening clause of its first body paragraph ("这次全市组织部长会议").
enum TitleInference {
    static let shortestClause = 6
    static let longestTitle = 30

    static func title(fromOpening text: String) -> String {
        var clause = ""
        for character in text {
            if "，,。；;！!？?：:".contains(character) {
                if clause.count >= shortestClause || "。；;！!？?".contains(character) { break }
            }
            clause.append(character)
            if clause.count >= longestTitle { return clause + "…" }
        }
        return clause.trimmingCharacters(in: .whitespaces)
    }
}
