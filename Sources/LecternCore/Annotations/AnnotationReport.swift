/// One annotation as reports show it: where it is now, the requirement it belongs to and the text it covers.
public struct AnnotationReportRow: Sendable {
    public let path: String
    public let annotation: Annotation
    /// The requirement's id and label ("三是知人善任能力") when it is in the document.
    public let requirement: String?
    public let requirementLabel: String?
    /// 1-based source line of the passage's start; nil when not anchored.
    public let line: Int?
    /// The passage's current text, or the recorded quote when it could not be anchored.
    public let quote: String
}

/// Rows for the annotations of several documents, in document order then position, orphans last.
public enum AnnotationReport {
    public static func rows(_ layers: [AnnotationLayer], tag: String? = nil, status: RequirementStatus? = nil)
        -> [AnnotationReportRow]
    {
        layers.flatMap { layer in
            let positions = layer.targeting.positions
            let text = layer.targeting.text
            let selected = layer.annotations.filter { a in
                (tag == nil || a.tags.contains(tag!)) && (status == nil || a.status == status)
            }
            let ordered = selected.enumerated().sorted { x, y in
                let a = x.element.anchor.start ?? Int.max
                let b = y.element.anchor.start ?? Int.max
                return a != b ? a < b : x.offset < y.offset
            }.map(\.element)
            return ordered.map { annotation in
                let node = annotation.target.requirement.flatMap { positions.node(id: $0) }
                var line: Int?
                var quote = annotation.target.quote.exact
                if let start = annotation.anchor.start, let end = annotation.anchor.end {
                    quote = text.string(start..<end)
                    line = positions.paragraph(at: start).map { _ in positions.document.line(containingCodePoint: start)
                    }
                }
                return AnnotationReportRow(
                    path: layer.document.path, annotation: annotation, requirement: annotation.target.requirement,
                    requirementLabel: node?.label, line: line, quote: quote)
            }
        }
    }

    /// Tags with how many annotations carry them, most used first (ties in order of first use).
    public static func tagCounts(_ layers: [AnnotationLayer]) -> [(tag: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for annotation in layers.flatMap(\.annotations) {
            for tag in annotation.tags {
                if counts[tag] == nil { order.append(tag) }
                counts[tag, default: 0] += 1
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order.map { ($0, counts[$0]!) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : rank[$0.tag]! < rank[$1.tag]!
        }
    }
}
