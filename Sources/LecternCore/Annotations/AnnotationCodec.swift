/// Annotation files to and from JSON: keys in a fixed order, unknown members kept in place after the known ones.
package enum AnnotationCodec {
    // MARK: Reading

    /// Parses sidecar bytes, refusing a sidecar past `limits`. `path` only names the file in errors.
    /// `readsDirectly: false` decodes every annotation from its JSON tree, as the direct reading must agree with
    /// (the tests' reference).
    package static func decode(
        _ bytes: [UInt8], path: String, limits: SidecarLimits = .standard, readsDirectly: Bool = true
    ) throws(AnnotationError) -> AnnotationFile {
        func overLimit(_ reason: String) -> AnnotationError { AnnotationError(path: path, kind: .overLimit(reason)) }
        if let excess = limits.fileSizeExcess(bytes.count) { throw overLimit(excess) }
        let json: JSONValue
        var items: SidecarAnnotationItems?
        do {
            (json, items) = try SidecarJSONParser.parseSidecar(
                bytes, maxDepth: limits.maxNestingDepth, readsDirectly: readsDirectly)
        } catch {
            guard error.exceedsNestingLimit else { throw AnnotationError(path: path, kind: .corrupt(error)) }
            throw overLimit("\(error.reason) at line \(error.line), column \(error.column)")
        }
        func invalid(_ reason: String) -> AnnotationError { AnnotationError(path: path, kind: .invalid(reason)) }
        guard let top = json.objectValue else { throw invalid("the top level is not an object") }
        guard let version = json["version"]?.intValue else { throw invalid("no integer \"version\"") }
        guard version <= AnnotationFile.currentVersion else {
            throw AnnotationError(
                path: path, kind: .newerVersion(found: version, supported: AnnotationFile.currentVersion))
        }
        guard version >= 1 else { throw invalid("unknown version \(version)") }
        if let format = json["format"], format.stringValue != AnnotationFile.formatName {
            throw invalid("\"format\" is not \"\(AnnotationFile.formatName)\"")
        }
        if let unit = json["positionUnit"], unit.stringValue != AnnotationFile.positionUnit {
            throw invalid(
                "positions in \(unit.stringValue ?? "an unknown unit"), expected \(AnnotationFile.positionUnit)")
        }
        var source: SourceFingerprint?
        if let value = json["source"], value != .null {
            source = try decodeSource(value, invalid)
        }
        guard var annotations = items?.annotations, let jsonItems = items?.json else {
            throw invalid("no \"annotations\" array")
        }
        // The annotations read directly stay where they are (this array their only owner); those left as JSON are
        // decoded into their places.
        items = nil
        if let excess = limits.annotationCountExcess(annotations.count) { throw overLimit(excess) }
        var ids = Set<String>(minimumCapacity: annotations.count)
        var nextJSON = 0
        for n in annotations.indices {
            if nextJSON < jsonItems.count, jsonItems[nextJSON].index == n {
                annotations[n] = try decodeAnnotation(jsonItems[nextJSON].value) {
                    invalid("annotation \(n + 1): \($0)")
                }
                nextJSON += 1
            }
            guard ids.insert(annotations[n].id).inserted else {
                throw invalid("annotation \(n + 1): duplicate id \(annotations[n].id)")
            }
        }
        if let excess = limits.excess(in: annotations) { throw overLimit(excess) }
        let known = ["format", "version", "positionUnit", "source", "annotations"]
        return AnnotationFile(
            version: version, source: source, annotations: annotations,
            unknownFields: .from(top, known: known))
    }

    private static func decodeSource(_ value: JSONValue, _ invalid: (String) -> AnnotationError) throws(AnnotationError)
        -> SourceFingerprint
    {
        guard let members = value.objectValue, let name = value["name"]?.stringValue,
            let bytes = value["bytes"]?.intValue,
            let codePoints = value["codePoints"]?.intValue, let sha = value["sha256"]?.stringValue
        else {
            throw invalid("\"source\" needs name, bytes, codePoints and sha256")
        }
        return SourceFingerprint(
            name: name, bytes: bytes, codePoints: codePoints, sha256: sha,
            encoding: value["encoding"]?.stringValue ?? "", lineEnding: value["lineEnding"]?.stringValue ?? "",
            extractor: value["extractor"]?.stringValue,
            unknownFields: .from(
                members,
                known: [
                    "name", "bytes", "codePoints", "sha256", "encoding",
                    "lineEnding", "extractor",
                ]))
    }

    static func decodeAnnotation(_ item: JSONValue, _ invalid: (String) -> AnnotationError) throws(AnnotationError)
        -> Annotation
    {
        guard let members = item.objectValue else { throw invalid("not an object") }
        guard let id = item["id"]?.stringValue, !id.isEmpty else { throw invalid("no \"id\"") }
        guard let targetJSON = item["target"], let targetMembers = targetJSON.objectValue else {
            throw invalid("no \"target\"")
        }
        guard let kindName = targetJSON["kind"]?.stringValue, let kind = AnnotationTarget.Kind(rawValue: kindName)
        else {
            throw invalid(
                "target.kind must be one of \(AnnotationTarget.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let start = targetJSON["position"]?["start"]?.intValue,
            let end = targetJSON["position"]?["end"]?.intValue,
            start >= 0, end >= start
        else {
            throw invalid("target.position needs integers start ≤ end")
        }
        guard let exact = targetJSON["quote"]?["exact"]?.stringValue else {
            throw invalid("target.quote.exact is missing")
        }
        let quote = TextQuote(
            exact: exact, prefix: targetJSON["quote"]?["prefix"]?.stringValue ?? "",
            suffix: targetJSON["quote"]?["suffix"]?.stringValue ?? "")
        let requirement = targetJSON["requirement"]?.stringValue
        let target = AnnotationTarget(
            kind: kind, requirement: requirement, position: TextPosition(start: start, end: end),
            quote: quote, unknownFields: .from(targetMembers, known: ["kind", "requirement", "position", "quote"]))
        guard let created = item["created"]?.stringValue else { throw invalid("no \"created\" time") }
        var tags: [String] = []
        if let list = item["tags"], list != .null {
            guard let array = list.arrayValue else { throw invalid("\"tags\" is not an array") }
            for tag in array {
                guard let string = tag.stringValue else { throw invalid("a tag is not a string") }
                tags.append(string)
            }
        }
        func optionalString(_ key: String) throws(AnnotationError) -> String? {
            guard let value = item[key], value != .null else { return nil }
            guard let string = value.stringValue else { throw invalid("\"\(key)\" is not a string") }
            return string
        }
        var status: RequirementStatus?
        if let name = try optionalString("status") {
            guard let parsed = RequirementStatus(rawValue: name) else {
                throw invalid("status must be todo, doing or done")
            }
            status = parsed
        }
        var annotation = Annotation(
            id: id, target: target, tags: tags, note: try optionalString("note"), status: status,
            color: try optionalString("color"), created: created,
            modified: try optionalString("modified"), history: try decodeHistory(item["history"], invalid),
            unknownFields: .from(
                members,
                known: [
                    "id", "target", "anchor", "tags", "note", "status",
                    "color", "created", "modified", "history",
                ]))
        if let anchorName = item["anchor"]?["status"]?.stringValue,
            let anchorStatus = Anchor.Status(rawValue: anchorName)
        {
            let anchored = anchorStatus != .ambiguous && anchorStatus != .orphaned
            annotation.anchor = Anchor(
                status: anchorStatus, start: anchored ? start : nil, end: anchored ? end : nil,
                candidates: item["anchor"]?["candidates"]?.intValue ?? 0,
                similarity: item["anchor"]?["similarity"].flatMap(fuzzySimilarity))
        }
        return annotation
    }

    /// An annotation's `history` (absent or null: none); entries need `field`, `modified` and `replacedAt`.
    private static func decodeHistory(_ value: JSONValue?, _ invalid: (String) -> AnnotationError)
        throws(AnnotationError)
        -> [FieldChange]
    {
        guard let value, value != .null else { return [] }
        guard let entries = value.arrayValue else { throw invalid("\"history\" is not an array") }
        var history: [FieldChange] = []
        for (n, entry) in entries.enumerated() {
            guard let members = entry.objectValue, let field = entry["field"]?.stringValue,
                let modified = entry["modified"]?.stringValue, let replacedAt = entry["replacedAt"]?.stringValue
            else {
                throw invalid("history entry \(n + 1) needs strings field, modified and replacedAt")
            }
            let value = entry["value"] ?? .null
            guard value == .null || value.stringValue != nil else {
                throw invalid("history entry \(n + 1): \"value\" is not a string")
            }
            history.append(
                FieldChange(
                    field: field, value: value.stringValue, modified: modified, replacedAt: replacedAt,
                    unknownFields: .from(members, known: ["field", "value", "modified", "replacedAt"])))
        }
        return history
    }

    /// A fuzzy anchor's similarity, 0–1; anything else (1e400 reads as infinity) is left out like an unknown status,
    /// since the anchor is found again on open and writing it back must not trap.
    private static func fuzzySimilarity(_ value: JSONValue) -> Double? {
        guard case .number(let literal) = value, let similarity = Double(literal), (0...1).contains(similarity) else {
            return nil
        }
        return similarity
    }

    // MARK: Writing

    /// The file as pretty-printed UTF-8 JSON with a trailing newline.
    package static func encode(_ file: AnnotationFile) -> [UInt8] {
        Array(json(file).rendered().utf8)
    }

    package static func json(_ file: AnnotationFile) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("format", .string(AnnotationFile.formatName)),
            ("version", .int(file.version)),
            ("positionUnit", .string(AnnotationFile.positionUnit)),
        ]
        if let source = file.source {
            members.append(
                (
                    "source",
                    .object(
                        [
                            ("name", .string(source.name)),
                            ("bytes", .int(source.bytes)),
                            ("codePoints", .int(source.codePoints)),
                            ("sha256", .string(source.sha256)),
                            ("encoding", .string(source.encoding)),
                            ("lineEnding", .string(source.lineEnding)),
                        ] + (source.extractor.map { [("extractor", JSONValue.string($0))] } ?? [])
                            + source.unknownFields.members)
                ))
        } else {
            members.append(("source", .null))
        }
        members.append(("annotations", .array(file.annotations.map(json))))
        return .object(members + file.unknownFields.members)
    }

    static func json(_ annotation: Annotation) -> JSONValue {
        let target = annotation.target
        var anchor: [(String, JSONValue)] = [("status", .string(annotation.anchor.status.rawValue))]
        if annotation.anchor.status == .ambiguous { anchor.append(("candidates", .int(annotation.anchor.candidates))) }
        if annotation.anchor.status == .fuzzy, let similarity = annotation.anchor.similarity {
            anchor.append(("similarity", .number(formatted(similarity))))
        }
        return .object(
            [
                ("id", .string(annotation.id)),
                (
                    "target",
                    .object(
                        [
                            ("kind", .string(target.kind.rawValue)),
                            ("requirement", target.requirement.map(JSONValue.string) ?? .null),
                            (
                                "position",
                                .object([("start", .int(target.position.start)), ("end", .int(target.position.end))])
                            ),
                            (
                                "quote",
                                .object([
                                    ("exact", .string(target.quote.exact)), ("prefix", .string(target.quote.prefix)),
                                    ("suffix", .string(target.quote.suffix)),
                                ])
                            ),
                        ] + target.unknownFields.members)
                ),
                ("anchor", .object(anchor)),
                ("tags", .array(annotation.tags.map(JSONValue.string))),
                ("note", annotation.note.map(JSONValue.string) ?? .null),
                ("status", annotation.status.map { .string($0.rawValue) } ?? .null),
                ("color", annotation.color.map(JSONValue.string) ?? .null),
                ("created", .string(annotation.created)),
                ("modified", .string(annotation.modified)),
            ] + history(annotation.history) + annotation.unknownFields.members)
    }

    /// The `history` member, left out when empty so that an annotation no merge touched is written as before.
    private static func history(_ changes: [FieldChange]) -> [(String, JSONValue)] {
        guard !changes.isEmpty else { return [] }
        let entries = changes.map { change in
            JSONValue.object(
                [
                    ("field", .string(change.field)),
                    ("value", change.value.map(JSONValue.string) ?? .null),
                    ("modified", .string(change.modified)),
                    ("replacedAt", .string(change.replacedAt)),
                ] + change.unknownFields.members)
        }
        return [("history", .array(entries))]
    }

    /// A similarity with three decimals, e.g. 0.917.
    static func formatted(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
