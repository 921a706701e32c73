import LecternCore

/// Every field of a document's model as text, one record a line: what the model-equivalence tests compare with
/// the recorded fingerprints in Tests/Fixtures/model, so a change to the model's insides cannot move a line, a
/// paragraph, a position, an id or a span unnoticed.
public enum ModelFingerprint {
    public static func of(_ document: Document) -> String {
        var out =
            "document \(document.encoding.rawValue) lines \(document.lines.count) paragraphs "
            + "\(document.paragraphs.count) speeches \(document.speeches.count) nodes \(document.nodes.count)\n"
        for (i, line) in document.lines.enumerated() {
            out += "L\(i + 1) \(line.start)..\(line.end) cp\(line.codePointOffset)\n"
        }
        for dropped in document.droppedLines { out += "D\(dropped.line) \(dropped.rule.rawValue)\n" }
        for p in document.paragraphs {
            out +=
                "P\(p.index) line\(p.line) \(p.byteRange.lowerBound)..\(p.byteRange.upperBound) "
                + "cp\(p.codePointOffset) \(p.role.rawValue) s\(p.speech)\n"
        }
        for s in document.speeches {
            out +=
                "S\(s.number) line\(s.line) inferred:\(s.titleInferred) paragraphs \(s.paragraphRange) "
                + "nodes \(s.nodeRange) top \(s.topLevelNodes) title «\(s.title)» subtitle «\(s.subtitle ?? "-")» "
                + "date «\(s.date ?? "-")» speaker «\(s.speaker ?? "-")»\n"
        }
        for n in document.nodes {
            out +=
                "N\(n.index) \(n.id) «\(n.marker)» \(n.family) \(n.ordinal) «\(n.title)» line\(n.line) "
                + "cp\(n.codePointOffset) p\(n.paragraphIndex) \(n.byteRange.lowerBound)..\(n.byteRange.upperBound) "
                + "inline:\(n.isInline) s\(n.speech) parent \(n.parent.map(String.init) ?? "-") "
                + "children \(n.children) depth \(n.depth) span \(n.paragraphSpan)\n"
        }
        return out
    }
}
