/// Decoded text as UTF-8 bytes with line endings normalized to LF and any BOM removed.
///
/// Every later stage works on these bytes. Positions that users and sidecars see are counted in Unicode
/// code points of this text, so a CRLF or GB18030 copy of a document yields the same positions.
public struct DecodedText: Sendable {
    public let utf8: TextBytes
    public let encoding: TextEncoding
    public let lineEnding: LineEnding
    /// Outline levels the source format states for some lines (1-based line → level, 1 = top): Word's heading
    /// styles. They decide a numbered paragraph's depth where order of appearance would guess.
    public let headingLevels: [Int: Int]
    /// Pages and the furniture taken out of them, for a text extracted from a paged format (PDF).
    public let pages: PageLayout?
    /// The program and version that extracted the text, for formats read through one ("pdftotext version 22.12.0").
    public let extractor: String?

    public init(
        utf8: [UInt8], encoding: TextEncoding, lineEnding: LineEnding, headingLevels: [Int: Int] = [:],
        pages: PageLayout? = nil, extractor: String? = nil
    ) {
        self.init(
            bytes: TextBytes(utf8), encoding: encoding, lineEnding: lineEnding, headingLevels: headingLevels,
            pages: pages, extractor: extractor)
    }

    public init(
        bytes: TextBytes, encoding: TextEncoding, lineEnding: LineEnding, headingLevels: [Int: Int] = [:],
        pages: PageLayout? = nil, extractor: String? = nil
    ) {
        self.utf8 = bytes
        self.encoding = encoding
        self.lineEnding = lineEnding
        self.headingLevels = headingLevels
        self.pages = pages
        self.extractor = extractor
    }

    public var string: String { utf8.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
}
