/// A JSON value read from or written to an annotation sidecar.
///
/// Unlike `JSONValue` it keeps numbers as their literal text, so fields this version does not know (written by a
/// newer tool or by hand) are written back exactly as they were read.
public indirect enum SidecarJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's literal text, e.g. "12", "-0.5", "1e3".
    case number(String)
    case string(String)
    case array([SidecarJSON])
    case object([(String, SidecarJSON)])

    public static func == (a: SidecarJSON, b: SidecarJSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public static func int(_ value: Int) -> SidecarJSON { .number(String(value)) }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var intValue: Int? { if case .number(let n) = self { return Int(n) } else { return nil } }
    public var arrayValue: [SidecarJSON]? { if case .array(let a) = self { return a } else { return nil } }
    public var objectValue: [(String, SidecarJSON)]? { if case .object(let o) = self { return o } else { return nil } }

    /// The member named `key` of an object.
    public subscript(key: String) -> SidecarJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// Pretty-printed with two-space indents, keys in stored order, non-ASCII text unescaped; ends with a newline.
    public func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out.append("\n")
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let n): out.append(n)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[\n")
            for (i, item) in items.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                item.write(to: &out, indent: indent + 1)
                out.append(i + 1 < items.count ? ",\n" : "\n")
            }
            out.append(String(repeating: "  ", count: indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            for (i, (key, value)) in members.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                JSONValue.writeString(key, to: &out)
                out.append(": ")
                value.write(to: &out, indent: indent + 1)
                out.append(i + 1 < members.count ? ",\n" : "\n")
            }
            out.append(String(repeating: "  ", count: indent) + "}")
        }
    }
}

/// Where and why JSON text could not be read: 1-based line and column (in characters) and the byte offset.
public struct SidecarJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let byteOffset: Int
    public let reason: String

    public var description: String { "line \(line), column \(column): \(reason)" }
}
