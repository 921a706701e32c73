import LecternCore

/// Scores one recognized document against its expectation.
enum AccuracyScorer {
    static func score(_ document: Document, against expectation: DocumentExpectation, file: String) -> FileAccuracy {
        var result = FileAccuracy(file: file)
        StructureScoring.score(document, expectation, into: &result)
        scoreIds(document, into: &result)
        for diagnostic in DocumentChecker.check(document) where diagnostic.severity == .warning {
            result.warnings += 1
            result.misses.append(
                AccuracyMiss(
                    kind: .warning, line: diagnostic.line,
                    detail: "\(diagnostic.kind.rawValue): \(diagnostic.message)"))
        }
        LineScoring.score(document, expectation, into: &result)
        return result
    }

    /// An expected document that could not be loaded: nothing of it is right.
    static func unreadable(_ expectation: DocumentExpectation, file: String, reason: String) -> FileAccuracy {
        var result = FileAccuracy(file: file)
        result.speeches.expected = expectation.speeches.count
        result.titles.expected = expectation.speeches.count
        let sections = expectation.speeches.reduce(0) { $0 + $1.sections.count }
        result.sections.expected = sections
        result.children.expected = sections
        result.chrome.expected = expectation.noiseLines.count
        result.misses.append(AccuracyMiss(kind: .unreadable, line: nil, detail: reason))
        return result
    }

    /// Node ids must name one requirement each: every node after the first with an id is a surplus one.
    private static func scoreIds(_ document: Document, into result: inout FileAccuracy) {
        var lines: [String: [Int]] = [:]
        var order: [String] = []
        for node in document.nodes {
            if lines[node.id] == nil { order.append(node.id) }
            lines[node.id, default: []].append(node.line)
        }
        for id in order {
            guard let found = lines[id], found.count > 1 else { continue }
            result.duplicateIds += found.count - 1
            result.misses.append(
                AccuracyMiss(
                    kind: .duplicateId, line: found[0],
                    detail: "\(id) ×\(found.count) at lines "
                        + found.map(String.init).joined(separator: ", ")))
        }
    }
}
