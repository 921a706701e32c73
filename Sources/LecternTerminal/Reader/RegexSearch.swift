import Foundation
import LecternCore

/// The regular-expression search (`:regex` turns it on): case-insensitive ICU patterns over each paragraph.
/// Unlike the literal search it does not fold full-width forms.
enum RegexSearch {
    static func isValid(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])) != nil
    }

    /// Hits of `pattern` in every paragraph, or nil when the pattern does not compile.
    static func hits(_ pattern: String, in document: Document) -> [SearchHit]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        var hits: [SearchHit] = []
        for paragraph in document.paragraphs {
            let text = document.string(of: paragraph)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) where match.range.length > 0 {
                guard let range = Range(match.range, in: text) else { continue }
                let start = paragraph.byteRange.lowerBound + text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                let end = paragraph.byteRange.lowerBound + text.utf8.distance(from: text.startIndex, to: range.upperBound)
                hits.append(SearchHit(paragraph: paragraph.index, bytes: start..<end))
            }
        }
        return hits
    }
}
