import Foundation

/// Annotation reports in the formats `lectern annotations --json` and `lectern export` print.
public enum AnnotationExport {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, csv, json, w3c
    }

    public static func render(_ rows: [AnnotationReportRow], format: Format) -> String {
        switch format {
        case .markdown: return markdown(rows)
        case .csv: return csv(rows)
        case .json: return json(rows).rendered()
        case .w3c: return w3c(rows).rendered()
        }
    }

    // MARK: JSON

    /// `{"annotations":[{"id","path","tags","note","status","requirement","quote","anchor":{…}},…]}`.
    public static func json(_ rows: [AnnotationReportRow]) -> JSONValue {
        .object([
            (
                "annotations",
                .array(
                    rows.map { row in
                        let a = row.annotation
                        var anchor: [(String, JSONValue)] = [
                            ("status", .string(a.anchor.status.rawValue)), ("start", .optional(a.anchor.start)),
                            ("end", .optional(a.anchor.end)),
                        ]
                        if a.anchor.status == .ambiguous { anchor.append(("candidates", .int(a.anchor.candidates))) }
                        if a.anchor.status == .fuzzy, let similarity = a.anchor.similarity {
                            anchor.append(("similarityPercent", .int(Int((similarity * 100).rounded()))))
                        }
                        return .object([
                            ("id", .string(a.id)),
                            ("path", .string(row.path)),
                            ("tags", .array(a.tags.map(JSONValue.string))),
                            ("note", .optional(a.note)),
                            ("status", .optional(a.status?.rawValue)),
                            ("requirement", .optional(row.requirement)),
                            ("requirementTitle", .optional(row.requirementLabel)),
                            ("kind", .string(a.target.kind.rawValue)),
                            ("line", .optional(row.line)),
                            ("quote", .string(row.quote)),
                            ("color", .optional(a.color)),
                            ("anchor", .object(anchor)),
                            ("created", .string(a.created)),
                            ("modified", .string(a.modified)),
                        ])
                    })
            )
        ])
    }

    // MARK: Markdown

    /// Per document, per requirement: tags, status, anchor trouble, the quoted text and the note. Text from files,
    /// sidecars and file names shows its controls as the reader's placeholders (`markdownText`, `markdownLine`).
    public static func markdown(_ rows: [AnnotationReportRow]) -> String {
        var out = "# Annotations\n"
        var currentPath: String?
        var currentGroup: String??
        for row in rows {
            if row.path != currentPath {
                currentPath = row.path
                currentGroup = nil
                out += "\n## \(markdownLine(row.path))\n"
            }
            if currentGroup != .some(row.requirement) {
                currentGroup = .some(row.requirement)
                if let id = row.requirement {
                    out += "\n### \(markdownLine(id)) \(markdownLine(row.requirementLabel ?? ""))\n"
                } else {
                    out += "\n### (before the first numbered requirement)\n"
                }
            }
            let a = row.annotation
            var facts: [String] = []
            if !a.tags.isEmpty {
                facts.append(
                    a.tags.map { "`\(markdownLine($0).replacingOccurrences(of: "`", with: "'"))`" }.joined(
                        separator: " "))
            }
            if let status = a.status { facts.append("**\(status.rawValue)**") }
            if a.anchor.status != .exact { facts.append("anchor: \(a.anchor.status.rawValue)") }
            if let line = row.line { facts.append("line \(line)") }
            out += "\n- " + (facts.isEmpty ? "(no tags)" : facts.joined(separator: " · ")) + "\n"
            for line in markdownText(row.quote).split(separator: "\n", omittingEmptySubsequences: false)
            where !line.isEmpty {
                out += "  > \(line)\n"
            }
            if let note = a.note, !note.isEmpty {
                out += "\n"
                for line in markdownText(note).split(separator: "\n", omittingEmptySubsequences: false) {
                    out += "  \(line)\n"
                }
            }
        }
        if rows.isEmpty { out += "\nNo annotations.\n" }
        return out
    }

    /// Markdown's rule: LF stays (the note's and quote's own lines); every other control, DEL, C1 control and bidi
    /// override becomes the placeholder the reader shows (a tab a space), so no raw control is ever written.
    static func markdownText(_ s: String) -> String { TerminalSafeText.sanitizeEachLine(s) }

    /// One line of a heading or a tag: line breaks as spaces, then `markdownText`.
    static func markdownLine(_ s: String) -> String {
        markdownText(s.replacingOccurrences(of: "\n", with: " "))
    }

    // MARK: CSV

    public static let csvColumns = [
        "path", "requirement", "requirement_title", "line", "start", "end", "anchor", "status",
        "tags", "note", "quote", "color", "id", "created", "modified",
    ]

    /// RFC 4180: comma-separated, CRLF rows, fields with commas, quotes or line breaks quoted. Tags joined by "; ".
    /// The only controls written are the CRLF ending each row and LF inside a quoted field (`csvField`).
    public static func csv(_ rows: [AnnotationReportRow]) -> String {
        var out = csvColumns.joined(separator: ",") + "\r\n"
        for row in rows {
            let a = row.annotation
            let fields: [String] = [
                row.path, row.requirement ?? "", row.requirementLabel ?? "", row.line.map(String.init) ?? "",
                a.anchor.start.map(String.init) ?? "", a.anchor.end.map(String.init) ?? "", a.anchor.status.rawValue,
                a.status?.rawValue ?? "", a.tags.joined(separator: "; "), a.note ?? "", row.quote, a.color ?? "",
                a.id, a.created, a.modified,
            ]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvField(_ s: String) -> String {
        // LF stays (a multi-line note); every other control, C1 control and bidi override becomes the reader's
        // placeholder (a tab a space), so a CSV opened in a terminal or a spreadsheet obeys nothing in it.
        var s = TerminalSafeText.sanitizeEachLine(s)
        // A leading = + - @ would run as a formula in spreadsheets; a leading apostrophe keeps it text.
        if let first = s.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s != s.trimmingSpaces else {
            return s
        }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: W3C Web Annotation

    /// An AnnotationCollection (JSON-LD, http://www.w3.org/ns/anno.jsonld) with one page holding every annotation.
    /// Tags are `tagging` bodies, the note a `commenting` body, the status an `assessing` body, the requirement an
    /// `identifying` body; the target has a TextPositionSelector (code points) and a TextQuoteSelector.
    public static func w3c(_ rows: [AnnotationReportRow]) -> JSONValue {
        let items: [JSONValue] = rows.map { row in
            let a = row.annotation
            var bodies: [JSONValue] = a.tags.map { tag in
                .object([("type", .string("TextualBody")), ("purpose", .string("tagging")), ("value", .string(tag))])
            }
            if let note = a.note {
                bodies.append(
                    .object([
                        ("type", .string("TextualBody")), ("purpose", .string("commenting")),
                        ("value", .string(note)), ("format", .string("text/plain")),
                    ]))
            }
            if let status = a.status {
                bodies.append(
                    .object([
                        ("type", .string("TextualBody")), ("purpose", .string("assessing")),
                        ("value", .string(status.rawValue)),
                    ]))
            }
            if let requirement = row.requirement {
                bodies.append(
                    .object([
                        ("type", .string("TextualBody")), ("purpose", .string("identifying")),
                        ("value", .string(requirement)),
                    ]))
            }
            var motivations: [String] = []
            if !a.tags.isEmpty { motivations.append("tagging") }
            if a.note != nil { motivations.append("commenting") }
            if a.status != nil { motivations.append("assessing") }
            if motivations.isEmpty { motivations.append("highlighting") }
            let start = a.anchor.start ?? a.target.position.start
            let end = a.anchor.end ?? a.target.position.end
            var selectors: [JSONValue] = []
            if a.anchor.isAnchored {
                selectors.append(
                    .object([("type", .string("TextPositionSelector")), ("start", .int(start)), ("end", .int(end))]))
            }
            selectors.append(
                .object([
                    ("type", .string("TextQuoteSelector")), ("exact", .string(a.target.quote.exact)),
                    ("prefix", .string(a.target.quote.prefix)), ("suffix", .string(a.target.quote.suffix)),
                ]))
            var members: [(String, JSONValue)] = [
                ("id", .string("urn:uuid:\(a.id)")),
                ("type", .string("Annotation")),
                ("created", .string(a.created)),
                ("modified", .string(a.modified)),
                (
                    "motivation",
                    motivations.count == 1 ? .string(motivations[0]) : .array(motivations.map(JSONValue.string))
                ),
            ]
            if !bodies.isEmpty { members.append(("body", bodies.count == 1 ? bodies[0] : .array(bodies))) }
            if let color = a.color {
                members.append(
                    (
                        "stylesheet",
                        .object([
                            ("type", .string("CssStylesheet")),
                            ("value", .string(".lectern-highlight { background-color: \(color); }")),
                        ])
                    ))
            }
            members.append(
                (
                    "target",
                    .object(
                        [
                            ("source", .string(row.path)),
                            ("selector", selectors.count == 1 ? selectors[0] : .array(selectors)),
                        ] + (a.color != nil ? [("styleClass", JSONValue.string("lectern-highlight"))] : []))
                ))
            return .object(members)
        }
        return .object([
            ("@context", .string("http://www.w3.org/ns/anno.jsonld")),
            ("type", .string("AnnotationCollection")),
            ("label", .string("Lectern annotations")),
            ("total", .int(items.count)),
            (
                "first",
                .object([("type", .string("AnnotationPage")), ("startIndex", .int(0)), ("items", .array(items))])
            ),
        ])
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

extension AnnotationExport {
    /// `{"tags":[{"tag":"纪律","count":3},…]}`.
    public static func tagsJSON(_ counts: [(tag: String, count: Int)]) -> JSONValue {
        .object([("tags", .array(counts.map { .object([("tag", .string($0.tag)), ("count", .int($0.count))]) }))])
    }
}
