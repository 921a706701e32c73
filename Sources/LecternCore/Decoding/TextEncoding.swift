/// The character encodings Lectern reads. Detection order and rules live in `TextDecoder`.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"
    /// Text extracted from a Word .docx (its XML is UTF-8); not a choice for `--encoding`.
    case wordDocument = "DOCX"
    /// Text extracted from a PDF by pdftotext (UTF-8); not a choice for `--encoding`.
    case pdf = "PDF"
    /// Text extracted from a Word 97–2003 .doc (or a .wps in that format) by antiword or catdoc; not a choice either.
    case legacyWord = "DOC"

    /// Parses the name a user gives to `--encoding` (case and punctuation insensitive; GBK and GB2312 read as GB18030,
    /// which is a superset of both).
    public init?(userName: String) {
        let key = userName.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf8bom", "utf8sig": self = .utf8WithBOM
        case "utf16le", "utf16": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }

    public static let userNames = "utf-8, utf-16le, utf-16be, gb18030 (gbk)"
}

/// How lines ended in the source before decoding normalized them to LF.
public enum LineEnding: String, Sendable, Codable {
    case lf = "LF"
    case crlf = "CRLF"
    case cr = "CR"
    case mixed = "mixed"
    case none = "none"
}
