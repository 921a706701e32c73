/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports the line and column of the first error.
/// Object members keep their order; duplicate keys are an error (a hand-edited sidecar must not hide one).
/// Arrays and objects nest at most `maxDepth` deep: parsing recurses, and `[[[[…` must end in an error, not in a
/// stack overflow, on any thread.
package enum SidecarJSONParser {
    package static func parse(_ bytes: [UInt8], maxDepth: Int = SidecarLimits.standard.maxNestingDepth)
        throws(SidecarJSONError) -> JSONValue
    {
        try parsed(bytes, maxDepth: maxDepth, readsAnnotations: false).json
    }

    /// A sidecar: the top level as JSON, except that the items of its "annotations" array laid out as Lectern
    /// writes them are read straight into annotations (CanonicalAnnotationReader.swift); the others stay JSON.
    /// `annotations` is nil when the top level has no "annotations" array. Errors are those of `parse`.
    /// `readsDirectly: false` leaves every item JSON.
    static func parseSidecar(_ bytes: [UInt8], maxDepth: Int, readsDirectly: Bool = true) throws(SidecarJSONError)
        -> (json: JSONValue, annotations: SidecarAnnotationItems?)
    {
        try parsed(bytes, maxDepth: maxDepth, readsAnnotations: true, readsDirectly: readsDirectly)
    }

    private static func parsed(_ bytes: [UInt8], maxDepth: Int, readsAnnotations: Bool, readsDirectly: Bool = false)
        throws(SidecarJSONError) -> (json: JSONValue, annotations: SidecarAnnotationItems?)
    {
        // Through a pointer: indexing the array checked bounds and retained it at every byte.
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(SidecarJSONError) in
                var parser = Parser(bytes: buffer, maxDepth: maxDepth)
                parser.readsAnnotations = readsAnnotations
                parser.readsDirectly = readsDirectly
                parser.skipBOM()
                parser.skipWhitespace()
                let value = try parser.value(depth: 0)
                parser.skipWhitespace()
                guard parser.i == buffer.count else {
                    throw parser.error("unexpected text after the end of the JSON value")
                }
                return (value, parser.annotations)
            }
        }
        return try result.get()
    }

    struct Parser {
        /// The document's bytes, valid while the parser is used (`parsed` lends them).
        let bytes: UnsafeBufferPointer<UInt8>
        let maxDepth: Int
        var i = 0
        /// Set by `parseSidecar`: the top-level "annotations" array is read into `annotations`.
        var readsAnnotations = false
        var annotations: SidecarAnnotationItems?
        /// False: the annotations array's items are all left JSON.
        var readsDirectly = true

        mutating func skipBOM() {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        }

        func error(_ reason: String, at offset: Int? = nil, exceedsNestingLimit: Bool = false) -> SidecarJSONError {
            let end = min(offset ?? i, bytes.count)
            var line = 1
            var column = 1
            var k = 0
            while k < end {
                if bytes[k] == 0x0A {
                    line += 1
                    column = 1
                } else if bytes[k] & 0xC0 != 0x80 {
                    column += 1
                }
                k += 1
            }
            return SidecarJSONError(
                line: line, column: column, byteOffset: end, reason: reason,
                exceedsNestingLimit: exceedsNestingLimit)
        }

        mutating func skipWhitespace() {
            guard let base = bytes.baseAddress else { return }
            // In locals: the parser's own `i` was stored back at every byte.
            let count = bytes.count
            var j = i
            while j < count {
                let byte = base[j]
                // A quarter of a sidecar as Lectern writes it is indentation: a run of spaces is passed up to eight
                // at a time, to the first byte of the eight that is not a space.
                if byte == 0x20, j + 8 <= count {
                    let eight = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
                    j += (eight ^ 0x2020_2020_2020_2020).trailingZeroBitCount / 8
                    continue
                }
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { break }
                j += 1
            }
            i = j
        }

        /// The value at `i`, inside `depth` arrays and objects.
        mutating func value(depth: Int) throws(SidecarJSONError) -> JSONValue {
            guard i < bytes.count else { throw error("unexpected end of file") }
            if bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "["), depth >= maxDepth {
                throw error("arrays and objects nested deeper than \(maxDepth) levels", exceedsNestingLimit: true)
            }
            switch bytes[i] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw error("unexpected character")
            }
        }

        mutating func literal(_ word: String) throws(SidecarJSONError) {
            for byte in word.utf8 {
                guard i < bytes.count, bytes[i] == byte else { throw error("invalid literal, expected \(word)") }
                i += 1
            }
        }

        mutating func object(depth: Int) throws(SidecarJSONError) -> JSONValue {
            i += 1
            var members: [(String, JSONValue)] = []
            // Objects are small (an annotation has ten members): a linear look for a duplicate beats hashing every
            // key; a set is made only for a big object.
            var keys: Set<String>?
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
                let keyStart = i
                let key = try string()
                guard Self.isNew(key, in: members, keys: &keys) else {
                    throw error("duplicate key \"\(key)\"", at: keyStart)
                }
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
                i += 1
                skipWhitespace()
                // The annotations array of a sidecar (its placeholder here is never read: AnnotationCodec takes the
                // items from `annotations`).
                if readsAnnotations, depth == 0, key == "annotations", i < bytes.count, bytes[i] == UInt8(ascii: "["),
                    depth + 1 < maxDepth
                {
                    annotations = try annotationItems(depth: depth + 1)
                    members.append((key, .array([])))
                } else {
                    members.append((key, try value(depth: depth + 1)))
                }
                if try closes(with: UInt8(ascii: "}"), inside: "object") { return .object(members) }
            }
        }

        /// After an item of an object or array: true at its closing bracket, false after a comma (both consumed).
        mutating func closes(with close: UInt8, inside kind: String) throws(SidecarJSONError) -> Bool {
            skipWhitespace()
            guard i < bytes.count else { throw error("unexpected end of file inside an \(kind)") }
            let byte = bytes[i]
            guard byte == UInt8(ascii: ",") || byte == close else {
                throw error("expected ',' or '\(Character(Unicode.Scalar(close)))' in an \(kind)")
            }
            i += 1
            return byte == close
        }

        /// True when `key` is not among `members`' keys (hashed into `keys` once there are many).
        static func isNew(_ key: String, in members: [(String, JSONValue)], keys: inout Set<String>?) -> Bool {
            if members.count < 16 { return !members.contains { $0.0 == key } }
            if keys == nil { keys = Set(members.map(\.0)) }
            return keys!.insert(key).inserted
        }

        /// The array at `i` (at `depth`), each item an annotation when `canonicalAnnotation` can read it, else JSON;
        /// the same steps, and errors, as `array`.
        mutating func annotationItems(depth: Int) throws(SidecarJSONError) -> SidecarAnnotationItems {
            i += 1
            var items = SidecarAnnotationItems()
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return items
            }
            // An annotation's position object lies three levels below its array: read directly only where the
            // parser would let that depth through.
            let direct = readsDirectly && depth + 3 < maxDepth
            while true {
                skipWhitespace()
                let start = i
                if direct, let annotation = canonicalAnnotation() {
                    items.annotations.append(annotation)
                } else {
                    i = start
                    items.appendJSON(try value(depth: depth + 1))
                }
                if try closes(with: UInt8(ascii: "]"), inside: "array") { return items }
            }
        }

        mutating func array(depth: Int) throws(SidecarJSONError) -> JSONValue {
            i += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                if try closes(with: UInt8(ascii: "]"), inside: "array") { return .array(items) }
            }
        }

        mutating func number() throws(SidecarJSONError) -> String {
            let start = i
            func digits(_ p: inout Parser) -> Int {
                let s = p.i
                while p.i < p.bytes.count, p.bytes[p.i] >= 0x30, p.bytes[p.i] <= 0x39 { p.i += 1 }
                return p.i - s
            }
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count else { throw error("invalid number") }
            if bytes[i] == UInt8(ascii: "0") { i += 1 } else if digits(&self) == 0 { throw error("invalid number") }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digits(&self) > 0 else { throw error("invalid number: digits expected after '.'") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits(&self) > 0 else { throw error("invalid number: digits expected in the exponent") }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }

        mutating func hex4() throws(SidecarJSONError) -> UInt32 {
            guard i + 4 <= bytes.count else { throw error("unexpected end of file in a \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let digit: UInt32
                switch b {
                case 0x30...0x39: digit = UInt32(b - 0x30)
                case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
                default: throw error("invalid \\u escape")
                }
                value = value << 4 | digit
                i += 1
            }
            return value
        }

        mutating func string() throws(SidecarJSONError) -> String {
            i += 1
            // Most strings hold no escape: made straight from their bytes, with no buffer in between.
            let end = JSONStringBytes.plainRunEnd(bytes, from: i)
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                let start = i
                let string = JSONStringBytes.validString(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                guard let string else { throw error("invalid UTF-8 in a string", at: start) }
                i = end + 1
                return string
            }
            var out: [UInt8] = []
            var runStart = i
            while true {
                // Over the plain run to the next quote, backslash or control byte (the loop's only stops).
                i = JSONStringBytes.plainRunEnd(bytes, from: i)
                guard i < bytes.count else { throw error("unterminated string") }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    out.append(contentsOf: bytes[runStart..<i])
                    i += 1
                    break
                }
                if b < 0x20 { throw error("control character in a string (escape it)") }
                if b == UInt8(ascii: "\\") {
                    out.append(contentsOf: bytes[runStart..<i])
                    i += 1
                    guard i < bytes.count else { throw error("unterminated string") }
                    let escaped = bytes[i]
                    i += 1
                    switch escaped {
                    case UInt8(ascii: "\""): out.append(0x22)
                    case UInt8(ascii: "\\"): out.append(0x5C)
                    case UInt8(ascii: "/"): out.append(0x2F)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if scalar >= 0xD800, scalar < 0xDC00 {
                            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
                            else {
                                throw error("lone surrogate in a \\u escape")
                            }
                            i += 2
                            let low = try hex4()
                            guard low >= 0xDC00, low < 0xE000 else { throw error("invalid surrogate pair") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if scalar >= 0xDC00, scalar < 0xE000 {
                            throw error("lone surrogate in a \\u escape")
                        }
                        out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                    default: throw error("invalid escape")
                    }
                    runStart = i
                }
            }
            guard let string = out.withUnsafeBufferPointer(JSONStringBytes.validString) else {
                throw error("invalid UTF-8 in a string", at: runStart)
            }
            return string
        }
    }
}
