import LecternCore

/// Which lines the noise filter dropped, against the chrome and body lines the expectation names.
enum LineScoring {
    static func score(_ document: Document, _ expectation: DocumentExpectation, into result: inout FileAccuracy) {
        var droppedRule: [Int: NoiseRule] = [:]
        for dropped in document.droppedLines { droppedRule[dropped.line] = dropped.rule }

        let chrome = Set(expectation.noiseLines)
        for line in expectation.noiseLines.sorted() {
            let dropped = droppedRule[line] != nil
            result.chrome.count(dropped)
            if !dropped {
                let text =
                    line >= 1 && line <= document.lines.count
                    ? document.string(ofLine: line) : "(not a line of the file)"
                result.misses.append(AccuracyMiss(kind: .chromeKept, line: line, detail: AccuracyText.excerpt(text)))
            }
        }

        // Body: every other non-blank line, except those the expectation leaves open.
        let unscored = chrome.union(expectation.ambiguousLines ?? [])
        for line in document.lines.indices.map({ $0 + 1 }) where !unscored.contains(line) {
            let text = document.string(ofLine: line)
            guard !AccuracyText.isBlank(text) else { continue }
            let rule = droppedRule[line]
            result.body.count(rule == nil)
            if let rule {
                result.misses.append(
                    AccuracyMiss(
                        kind: .bodyDropped, line: line,
                        detail: "\(rule.rawValue): \(AccuracyText.excerpt(text))"))
            }
        }
    }
}
