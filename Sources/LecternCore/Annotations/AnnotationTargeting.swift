/// Builds annotation targets from what a user points at: a requirement id, a source line, paragraphs, a
/// sentence, a quote (the k-th occurrence) or a code-point range.
package struct AnnotationTargeting: Sendable {
    package let positions: DocumentPositions
    package let text: AnchorText

    package init(positions: DocumentPositions, text: AnchorText) {
        self.positions = positions
        self.text = text
    }

    private var path: String { positions.document.path }

    private func failure(_ reason: String) -> AnnotationError { AnnotationError(path: path, kind: .target(reason)) }

    /// A target on `range` with its quote and the enclosing requirement as the hint.
    package func target(_ range: Range<Int>, kind: AnnotationTarget.Kind, requirement: String? = nil)
        -> AnnotationTarget
    {
        AnnotationTarget(
            kind: kind, requirement: requirement ?? positions.enclosingRequirement(at: range.lowerBound)?.id,
            position: TextPosition(start: range.lowerBound, end: range.upperBound), quote: text.quote(range))
    }

    /// The numbered requirement `id`: its marker and its own text.
    package func requirement(_ id: String) throws(AnnotationError) -> AnnotationTarget {
        guard let node = positions.node(id: id) else { throw failure("no requirement with id \(id)") }
        return requirement(node)
    }

    /// A numbered requirement: its heading or item and everything under it.
    package func requirement(_ node: NumberedNode) -> AnnotationTarget {
        target(positions.range(of: node), kind: .requirement, requirement: node.id)
    }

    /// Reading paragraphs `first...last` (0-based indices).
    package func paragraphs(_ indices: ClosedRange<Int>) throws(AnnotationError) -> AnnotationTarget {
        guard indices.lowerBound >= 0, indices.upperBound < positions.paragraphRanges.count else {
            throw failure("no paragraph \(indices.upperBound) (the document has \(positions.paragraphRanges.count))")
        }
        let range =
            positions.paragraphRanges[indices.lowerBound]
            .lowerBound..<positions.paragraphRanges[indices.upperBound].upperBound
        return target(range, kind: .paragraphs)
    }

    /// The paragraph on 1-based source line `line`.
    package func line(_ line: Int) throws(AnnotationError) -> AnnotationTarget {
        guard line >= 1, line <= positions.document.lines.count else {
            throw failure("no line \(line) (the file has \(positions.document.lines.count))")
        }
        guard let paragraph = positions.document.paragraphs.first(where: { $0.line == line }) else {
            throw failure("line \(line) is blank or page chrome, not a reading paragraph")
        }
        return try paragraphs(paragraph.index...paragraph.index)
    }

    /// The sentence holding code point `offset`.
    package func sentence(at offset: Int) throws(AnnotationError) -> AnnotationTarget {
        guard let range = positions.sentence(at: offset, in: text), !range.isEmpty else {
            throw failure("no sentence at offset \(offset)")
        }
        return target(range, kind: .sentence)
    }

    /// Code points `start..<end`.
    package func range(_ start: Int, _ end: Int) throws(AnnotationError) -> AnnotationTarget {
        guard start >= 0, start < end, end <= text.count else {
            throw failure("range \(start):\(end) is not inside the text (0:\(text.count), end exclusive, start < end)")
        }
        return target(start..<end, kind: .range)
    }

    /// The `occurrence`-th (1-based) place where `quote` appears.
    package func quote(_ quote: String, occurrence: Int = 1) throws(AnnotationError) -> AnnotationTarget {
        let needle = quote.scalarValues
        guard !needle.isEmpty else { throw failure("the quote is empty") }
        guard occurrence >= 1 else { throw failure("--occurrence counts from 1") }
        let starts = text.occurrences(of: quote, limit: occurrence)
        if starts.count == occurrence {
            return target(starts[occurrence - 1]..<(starts[occurrence - 1] + needle.count), kind: .range)
        }
        let found = starts.count
        if found == 0 { throw failure("the quote \"\(quote)\" does not occur in the text") }
        throw failure("the quote occurs \(found) time\(found == 1 ? "" : "s"), not \(occurrence)")
    }
}
