/// Everything `lectern check` reports for a document: numbering findings, announced counts, dropped lines.
public enum DocumentChecker {
    public static func check(_ document: Document) -> [Diagnostic] {
        let numbering = NumberingChecker.check(document) + AnnouncedCountChecker.check(document)
        let noise = document.droppedLines.map {
            Diagnostic(
                severity: .info, kind: .noise, speech: nil, parent: nil, line: $0.line,
                message: "dropped \($0.rule.explanation): \(document.string(ofLine: $0.line))")
        }
        // A paged document's furniture: reported at the line it stood before, with its page.
        let furniture = (document.text.pages?.removed ?? []).map {
            Diagnostic(
                severity: .info, kind: .noise, speech: nil, parent: nil,
                line: min($0.beforeLine, max(document.lines.count, 1)),
                message: "dropped \($0.rule.explanation) (page \($0.page)): \($0.text)")
        }
        return (numbering + noise + furniture).sorted { ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue) }
    }

    /// The numbering findings (no noise) of one speech: what the reader marks in the tree, worked out only for
    /// the speeches it shows.
    public static func numberingFindings(_ document: Document, speech number: Int) -> [Diagnostic] {
        let speech = document.speeches[number - 1]
        return NumberingChecker.check(speech, in: document)
            + AnnouncedCountChecker.check(document, speech: speech)
    }
}
