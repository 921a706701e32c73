/// Decoded text as UTF-8 bytes with line endings normalized to LF and any BOM removed.
///
/// Every later stage works on these bytes. Positions that users and sidecars see are counted in Unicode
/// code points of this text, so a CRLF or GB18030 copy of a document yields the same positions.
public struct DecodedText: Sendable {
    public let utf8: [UInt8]
    public let encoding: TextEncoding
    public let lineEnding: LineEnding

    public init(utf8: [UInt8], encoding: TextEncoding, lineEnding: LineEnding) {
        self.utf8 = utf8
        self.encoding = encoding
        self.lineEnding = lineEnding
    }

    public var string: String { String(decoding: utf8, as: UTF8.self) }
}
