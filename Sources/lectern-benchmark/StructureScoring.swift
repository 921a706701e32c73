import LecternCore

/// Speeches, their titles, their top-level sections and the sections' second-level counts, against the
/// expectation.
enum StructureScoring {
    /// Whether a top-level node is a section to compare with the expected ones. The expectation lists only
    /// numbered items that start a line, so inline items (一是…二是… inside a paragraph) are left out; a node
    /// kind for unnumbered parts or appendices would be left out here too.
    /// Parts after the text (附件, 注释) are scored as appendices, not as sections.
    static func isCountedSection(_ node: NumberedNode) -> Bool {
        !node.isInline && node.family != .appendix
    }

    static func score(_ document: Document, _ expectation: DocumentExpectation, into result: inout FileAccuracy) {
        let matches = matchSpeeches(document.speeches, expectation.speeches)
        let matched = Set(matches.compactMap { $0 })
        for (expected, index) in zip(expectation.speeches, matches) {
            result.speeches.count(index != nil)
            guard let index else {
                result.titles.expected += 1
                result.sections.expected += expected.sections.count
                result.children.expected += expected.sections.count
                result.misses.append(
                    AccuracyMiss(
                        kind: .speechNotFound, line: expected.line,
                        detail: "「\(expected.title)」; recognized: "
                            + recognized(document.speeches)))
                continue
            }
            let speech = document.speeches[index]
            scoreTitle(speech, expected, document, into: &result)
            scoreSections(speech, expected, document, into: &result)
        }
        for (index, speech) in document.speeches.enumerated() where !matched.contains(index) {
            result.extraSpeeches += 1
            result.misses.append(
                AccuracyMiss(
                    kind: .extraSpeech, line: speech.line,
                    detail: "「\(AccuracyText.excerpt(speech.title))」"))
        }
    }

    /// For each expected speech, the index of the recognized speech starting at its title line (any line of a
    /// title on several lines); a recognized speech answers one expected speech at most.
    static func matchSpeeches(_ speeches: [Speech], _ expected: [ExpectedSpeech]) -> [Int?] {
        var used = Set<Int>()
        return expected.map { want in
            let lines = Set([want.line] + (want.titleLines ?? []))
            let found = speeches.indices.first { !used.contains($0) && lines.contains(speeches[$0].line) }
            if let found { used.insert(found) }
            return found
        }
    }

    private static func recognized(_ speeches: [Speech]) -> String {
        guard !speeches.isEmpty else { return "none" }
        return speeches.map { "line \($0.line) 「\(AccuracyText.excerpt($0.title, limit: 24))」" }
            .joined(separator: ", ")
    }

    private static func scoreTitle(
        _ speech: Speech, _ expected: ExpectedSpeech, _ document: Document,
        into result: inout FileAccuracy
    ) {
        var accepted = [expected.title]
        if let lines = expected.titleLines, lines.allSatisfy({ $0 >= 1 && $0 <= document.lines.count }) {
            let parts = lines.map { AccuracyText.trimmed(document.string(ofLine: $0)) }
            accepted += [parts.joined(), parts.joined(separator: " ")]
        }
        let right = speech.titleInferred == (expected.titleInferred ?? false) && accepted.contains(speech.title)
        result.titles.count(right)
        if !right {
            result.misses.append(
                AccuracyMiss(
                    kind: .title, line: expected.line,
                    detail: "expected 「\(expected.title)」" + (expected.titleInferred == true ? " (inferred)" : "")
                        + ", got 「\(speech.title)」" + (speech.titleInferred ? " (inferred from the opening)" : "")))
        }
    }

    private static func scoreSections(
        _ speech: Speech, _ expected: ExpectedSpeech, _ document: Document,
        into result: inout FileAccuracy
    ) {
        let nodes = speech.topLevelNodes.map { document.nodes[$0] }.filter(isCountedSection)
        for (position, want) in expected.sections.enumerated() {
            let got = position < nodes.count ? nodes[position] : nil
            let right = got.map { isRight($0, want, document) } ?? false
            result.sections.count(right)
            if !right {
                result.misses.append(
                    AccuracyMiss(
                        kind: .section, line: want.line,
                        detail: "expected \(describe(want)), got " + (got.map(describe) ?? "nothing")))
            }
            // The children are counted under the node standing for the section: same place, same line.
            let node = got.flatMap { $0.line == want.line ? $0 : nil }
            let children = node.map { $0.children.filter { !document.nodes[$0].isInline }.count }
            result.children.count(children == want.children)
            if children != want.children {
                result.misses.append(
                    AccuracyMiss(
                        kind: .children, line: want.line,
                        detail: "\(want.marker) expected \(want.children), got "
                            + (children.map(String.init) ?? "no node at line \(want.line)")))
            }
        }
        for node in nodes.dropFirst(expected.sections.count) {
            result.extraSections += 1
            result.misses.append(AccuracyMiss(kind: .extraSection, line: node.line, detail: describe(node)))
        }
    }

    /// Same marker, same line, and the text after the marker starts as expected.
    private static func isRight(_ node: NumberedNode, _ want: ExpectedSection, _ document: Document) -> Bool {
        guard AccuracyText.trimmed(node.marker) == AccuracyText.trimmed(want.marker), node.line == want.line else {
            return false
        }
        let start = AccuracyText.trimmed(want.titleStart)
        // The title is the first sentence only, which may be shorter than the expected start; the node's own
        // text after its marker is not.
        return AccuracyText.trimmed(node.title).hasPrefix(start) || textAfterMarker(node, document).hasPrefix(start)
    }

    private static func textAfterMarker(_ node: NumberedNode, _ document: Document) -> String {
        let text = document.string(bytes: node.byteRange)
        return AccuracyText.trimmed(text.hasPrefix(node.marker) ? String(text.dropFirst(node.marker.count)) : text)
    }

    private static func describe(_ want: ExpectedSection) -> String {
        "\(want.marker)「\(want.titleStart)」 line \(want.line)"
    }

    private static func describe(_ node: NumberedNode) -> String {
        "\(node.marker)「\(AccuracyText.excerpt(node.title, limit: 12))」 line \(node.line) (id \(node.id))"
    }
}
