/// Why bytes could not be turned into text. `description` is the reason part of a one-line user message.
public enum DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case binary(nulOffset: Int)
    /// NUL bytes in every other position: UTF-16 text saved without a byte-order mark.
    case utf16WithoutBOM(TextEncoding)
    case controlHeavy
    case invalid(TextEncoding, byteOffset: Int?)
    case undetectable

    public var description: String {
        switch self {
        case .binary(let offset):
            return "not a text file (NUL byte at offset \(offset))"
        case .utf16WithoutBOM(let encoding):
            let flag = encoding == .utf16BigEndian ? "utf-16be" : "utf-16le"
            return "looks like UTF-16 without a byte-order mark; open it with --encoding \(flag)"
        case .controlHeavy:
            return "not a text file (mostly control bytes)"
        case .invalid(let encoding, let offset?):
            return "not valid \(encoding.rawValue) text (bad byte sequence at offset \(offset))"
        case .invalid(let encoding, nil):
            return "not valid \(encoding.rawValue) text"
        case .undetectable:
            return "cannot decode: neither UTF-8, UTF-16 with BOM nor GB18030"
        }
    }
}
