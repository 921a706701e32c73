/// One annotation of a sidecar read straight into an `Annotation` when it is laid out exactly as
/// `AnnotationCodec` writes it (its keys in that order, no others, the anchor's status alone): most sidecars
/// hold nothing else, and building a JSON tree for every field was three quarters of loading one. Anything else —
/// other keys, another order, another type, a value AnnotationCodec would refuse — gives nil, and the caller reads
/// that annotation as JSON instead, so what is decoded, and every error reported, is as before. So whenever in
/// doubt this gives nil: it may pass over what it could read, never read what the JSON path would read otherwise.
extension SidecarJSONParser.Parser {
    mutating func canonicalAnnotation() -> Annotation? {
        guard take("{"), key("id"), let id = quotedString(), !id.isEmpty, take(","),
            key("target"), take("{"),
            key("kind"), let kind = quotedCase(of: AnnotationTarget.Kind.self), take(","),
            key("requirement"), let requirement = nullableString(), take(","),
            key("position"), take("{"), key("start"), let start = integer(), take(","), key("end"), let end = integer(),
            take("}"), end >= start, take(","),
            key("quote"), take("{"), key("exact"), let exact = quotedString(), take(","), key("prefix"),
            let prefix = quotedString(),
            take(","), key("suffix"), let suffix = quotedString(), take("}"),
            take("}"), take(","),
            key("anchor"), take("{"), key("status"), let anchorStatus = quotedCase(of: Anchor.Status.self), take("}"),
            take(","),
            key("tags"), let tags = strings(), take(","),
            key("note"), let note = nullableString(), take(","),
            key("status"), let status = nullableCase(of: RequirementStatus.self), take(","),
            key("color"), let color = nullableString(), take(","),
            key("created"), let createdStart = offset(), let created = quotedString(), let createdEnd = offset(),
            take(","),
            key("modified"), let modified = string(repeating: created, writtenAt: createdStart..<createdEnd),
            take("}")
        else { return nil }
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

    /// Past whitespace, the offset reached (never nil: a step of the reader's guard).
    private mutating func offset() -> Int? {
        skipWhitespace()
        return i
    }

    /// Past whitespace, `"name":` (taken), or false.
    private mutating func key(_ name: StaticString) -> Bool {
        skipWhitespace()
        let length = name.utf8CodeUnitCount
        guard i + length + 1 < bytes.count, bytes[i] == UInt8(ascii: "\""), bytes[i + length + 1] == UInt8(ascii: "\""),
            JSONStringBytes.equal(
                UnsafeBufferPointer(rebasing: bytes[(i + 1)..<(i + 1 + length)]),
                UnsafeBufferPointer(start: name.utf8Start, count: length))
        else { return false }
        i += length + 2
        return take(":")
    }

    /// Past whitespace, the bytes of a string with no escape in it (its quotes taken), or nil.
    private mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        let end = JSONStringBytes.plainRunEnd(bytes, from: i + 1)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        defer { i = end + 1 }
        return UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end])
    }

    private mutating func quotedString() -> String? {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        let start = i
        if let plain = plainString() {
            guard let string = JSONStringBytes.validString(plain) else { return nil }
            return string
        }
        i = start
        return try? self.string()  // escapes: the JSON path's own reading
    }

    /// The string at `i` when its quoted bytes are those of `earlier` (written at `range`): the string already
    /// made, not a second copy (an annotation's `modified` is its `created` until it is changed). Else any string.
    private mutating func string(repeating earlier: String, writtenAt range: Range<Int>) -> String? {
        skipWhitespace()
        let end = i + range.count
        if end <= bytes.count,
            JSONStringBytes.equal(
                UnsafeBufferPointer(rebasing: bytes[i..<end]), UnsafeBufferPointer(rebasing: bytes[range]))
        {
            i = end
            return earlier
        }
        return quotedString()
    }

    /// A string or null (`.some(nil)`); nil for anything else.
    private mutating func nullableString() -> String?? {
        if takesNull() { return .some(nil) }
        return quotedString().map { .some($0) }
    }

    /// Past whitespace, `null` (taken), or false.
    private mutating func takesNull() -> Bool {
        skipWhitespace()
        guard i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"),
            bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l")
        else { return false }
        i += 4
        return true
    }

    /// The case whose raw value a plain string spells, byte for byte. (Raw values are ASCII letters, which no
    /// other sequence of code points equals as a Swift string, so this is `init(rawValue:)` without a string.)
    private mutating func quotedCase<Case: CaseIterable & RawRepresentable<String>>(of type: Case.Type) -> Case? {
        guard let plain = plainString() else { return nil }
        return Case.allCases.first { value in
            value.rawValue.utf8.withContiguousStorageIfAvailable { JSONStringBytes.equal($0, plain) }
                ?? value.rawValue.utf8.elementsEqual(plain)
        }
    }

    /// A case as `quotedCase`, or null (`.some(nil)`); nil for anything else.
    private mutating func nullableCase<Case: CaseIterable & RawRepresentable<String>>(of type: Case.Type)
        -> Case??
    {
        if takesNull() { return .some(nil) }
        return quotedCase(of: type).map { .some($0) }
    }

    /// A decimal integer from 0 to 10¹⁸ − 1 without a fraction or an exponent, or nil (JSON would read
    /// anything else, negative numbers too, and gives the same answer for these).
    private mutating func integer() -> Int? {
        skipWhitespace()
        let start = i
        var value = 0
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9"), i - start < 18 {
            value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i > start, bytes[start] != UInt8(ascii: "0") || i == start + 1, i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
        default: return value
        }
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
