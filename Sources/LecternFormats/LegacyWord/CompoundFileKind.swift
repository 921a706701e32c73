/// What an OLE compound file (signature D0 CF 11 E0 A1 B1 1A E1) holds, told by the names in its directory:
/// a Word 97–2003 binary (.doc, and the .wps files WPS Office writes in the same format) has a `WordDocument`
/// stream; a password-protected .docx is an `EncryptedPackage`; Excel and PowerPoint have streams of their own.
enum CompoundFileKind: Equatable, Sendable {
    case wordDocument
    case encryptedPackage
    case other(String?)

    /// Streams that name an Office format Lectern does not read, with the format's name.
    private static let otherFormats: [(stream: String, format: String)] = [
        ("Workbook", "an Excel workbook"), ("Book", "an Excel workbook"),
        ("PowerPoint Document", "a PowerPoint presentation"),
    ]

    /// The kind of a file that starts with the OLE signature. A directory entry is 128 bytes: the name in UTF-16LE
    /// (at most 31 units and a terminator) and at byte 64 the name's length in bytes with the terminator. Sectors
    /// start at multiples of 512 bytes, so every entry starts at a multiple of 128.
    static func of(_ bytes: [UInt8]) -> CompoundFileKind {
        let names = directoryNames(in: bytes)
        if names.contains("EncryptedPackage") { return .encryptedPackage }
        if names.contains("WordDocument") { return .wordDocument }
        return .other(otherFormats.first { names.contains($0.stream) }?.format)
    }

    /// The names of the entries found at 128-byte boundaries past the header: the only ones sought are those above.
    static func directoryNames(in bytes: [UInt8]) -> Set<String> {
        let sought = Set(["WordDocument", "EncryptedPackage"] + otherFormats.map(\.stream))
        var found: Set<String> = []
        var entry = 512
        while entry + 128 <= bytes.count {
            let length = Int(bytes[entry + 64]) | Int(bytes[entry + 65]) << 8
            if length >= 4, length <= 64, length % 2 == 0, bytes[entry] != 0, bytes[entry + 1] == 0 {
                let units = (0..<(length / 2 - 1)).map {
                    UInt16(bytes[entry + 2 * $0]) | UInt16(bytes[entry + 2 * $0 + 1]) << 8
                }
                let name = String(decoding: units, as: UTF16.self)
                if sought.contains(name) { found.insert(name) }
            }
            entry += 128
        }
        return found
    }
}
