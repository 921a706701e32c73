/// Decoded text as UTF-8 bytes with line endings normalized to LF and any BOM removed.
///
/// Every later stage works on these bytes. Positions that users and sidecars see are counted in Unicode
/// code points of this text, so a CRLF or GB18030 copy of a document yields the same positions.
public struct DecodedText: Sendable {
    public let utf8: [UInt8]
    public let encoding: TextEncoding
    public let lineEnding: LineEnding
    /// Outline levels the source format states for some lines (1-based line → level, 1 = top): Word's heading
    /// styles. They decide a numbered paragraph's depth where order of appearance would guess.
    public let headingLevels: [Int: Int]

    public init(utf8: [UInt8], encoding: TextEncoding, lineEnding: LineEnding, headingLevels: [Int: Int] = [:]) {
        self.utf8 = utf8
        self.encoding = encoding
        self.lineEnding = lineEnding
        self.headingLevels = headingLevels
    }

    public var string: String { String(decoding: utf8, as: UTF8.self) }
}
