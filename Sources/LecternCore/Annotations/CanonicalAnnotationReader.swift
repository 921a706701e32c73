/// One annotation of a sidecar read straight into an `Annotation` when it is laid out exactly as
/// `AnnotationCodec` writes it (its keys in that order, no others, the anchor's status alone): most sidecars
/// hold nothing else, and building a JSON tree for every field was three quarters of loading one. Anything else —
/// other keys, another order, another type, a value AnnotationCodec would refuse — gives nil, and the caller reads
/// that annotation as JSON instead, so what is decoded, and every error reported, is as before.
extension SidecarJSONParser.Parser {
    mutating func canonicalAnnotation() -> Annotation? {
        guard take("{"), key("id"), let id = quotedString(), !id.isEmpty, take(","),
            key("target"), take("{"),
            key("kind"), let kindName = quotedString(), let kind = AnnotationTarget.Kind(rawValue: kindName), take(","),
            key("requirement"), let requirement = nullableString(), take(","),
            key("position"), take("{"), key("start"), let start = integer(), take(","), key("end"), let end = integer(),
            take("}"), start >= 0, end >= start, take(","),
            key("quote"), take("{"), key("exact"), let exact = quotedString(), take(","), key("prefix"),
            let prefix = quotedString(),
            take(","), key("suffix"), let suffix = quotedString(), take("}"),
            take("}"), take(","),
            key("anchor"), take("{"), key("status"), let anchorName = quotedString(),
            let anchorStatus = Anchor.Status(rawValue: anchorName), take("}"), take(","),
            key("tags"), let tags = strings(), take(","),
            key("note"), let note = nullableString(), take(","),
            key("status"), let statusName = nullableString(), take(","),
            key("color"), let color = nullableString(), take(","),
            key("created"), let created = quotedString(), take(","),
            key("modified"), let modified = nullableString(), take("}")
        else { return nil }
        var status: RequirementStatus?
        if let statusName {
            guard let parsed = RequirementStatus(rawValue: statusName) else { return nil }
            status = parsed
        }
        let target = AnnotationTarget(
            kind: kind, requirement: requirement, position: TextPosition(start: start, end: end),
            quote: TextQuote(exact: exact, prefix: prefix, suffix: suffix))
        var annotation = Annotation(
            id: id, target: target, tags: tags, note: note, status: status, color: color,
            created: created, modified: modified)
        let anchored = anchorStatus != .ambiguous && anchorStatus != .orphaned
        annotation.anchor = Anchor(status: anchorStatus, start: anchored ? start : nil, end: anchored ? end : nil)
        return annotation
    }

    /// Past whitespace, the byte `ascii` (taken), or false.
    private mutating func take(_ ascii: Unicode.Scalar) -> Bool {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ascii) else { return false }
        i += 1
        return true
    }

    /// Past whitespace, `"name":` (taken), or false.
    private mutating func key(_ name: StaticString) -> Bool {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return false }
        let start = i + 1
        let end = start + name.utf8CodeUnitCount
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return false }
        for k in 0..<name.utf8CodeUnitCount where bytes[start + k] != name.utf8Start[k] { return false }
        i = end + 1
        return take(":")
    }

    private mutating func quotedString() -> String? {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        return try? self.string()
    }

    /// A string or null (`.some(nil)`); nil for anything else.
    private mutating func nullableString() -> String?? {
        skipWhitespace()
        if i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n") {
            guard (try? literal("null")) != nil else { return nil }
            return .some(nil)
        }
        return quotedString().map { .some($0) }
    }

    private mutating func integer() -> Int? {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "-") || (bytes[i] >= 0x30 && bytes[i] <= 0x39) else {
            return nil
        }
        return (try? number()).flatMap { Int($0) }
    }

    /// An array of strings.
    private mutating func strings() -> [String]? {
        guard take("[") else { return nil }
        var items: [String] = []
        if take("]") { return items }
        while true {
            guard let item = quotedString() else { return nil }
            items.append(item)
            if take(",") { continue }
            return take("]") ? items : nil
        }
    }
}
