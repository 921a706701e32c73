/// The first part of an encoded file, cut just after a line feed, so that a reader can show the start of a huge
/// document while the whole loads.
///
/// In UTF-8 and GB18030 a 0x0A byte is always a line feed (no multi-byte sequence contains it), so the cut never
/// splits a character. UTF-16 is never cut: there 0x0A can be half of any character.
package enum LeadingPart {
    /// The bytes up to and including the first line feed at or after `limit`; nil when the text is UTF-16 (by
    /// its BOM or `forced`) or has no line feed between `limit` and the end of `bytes`.
    package static func cut(_ bytes: [UInt8], atLineEndAfter limit: Int, forced: TextEncoding? = nil) -> [UInt8]? {
        if forced == .utf16LittleEndian || forced == .utf16BigEndian { return nil }
        if let bom = ByteOrderMark(prefixOf: bytes), bom.encoding != .utf8WithBOM { return nil }
        let start = max(0, min(limit, bytes.count))
        guard let end = bytes[start...].firstIndex(of: 0x0A) else { return nil }
        return Array(bytes[...end])
    }
}
