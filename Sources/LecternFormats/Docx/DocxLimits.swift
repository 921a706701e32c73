/// How far a .docx may inflate. A .docx is a zip archive, and a few MB of deflated spaces inflate to gigabytes (a
/// zip bomb); parts are inflated in chunks and refused as soon as a limit is passed, whatever sizes the archive
/// declares, so memory stays within `maxPartBytes` however the file was made. The defaults sit far above any real
/// document (a 1,000-page report's word/document.xml is tens of MB) and far below what would exhaust a laptop.
public struct DocxLimits: Sendable {
    /// The most one part (word/document.xml, word/styles.xml, word/numbering.xml) may inflate to.
    public var maxPartBytes: Int
    /// The most all the parts read may inflate to together.
    public var maxTotalBytes: Int
    /// Inflated bytes per compressed byte a part may reach once it is past `ratioCheckedAfterBytes`. WordprocessingML
    /// deflates about 5–30 times; only filler (runs of one character) goes past 200.
    public var maxCompressionRatio: Int
    /// Small parts may compress as well as they like: a short run of spaces proves nothing.
    public var ratioCheckedAfterBytes: Int
    /// Entries in the archive; a Word document has a few dozen (a few hundred with many images).
    public var maxEntries: Int

    public init(
        maxPartBytes: Int = 256 << 20, maxTotalBytes: Int = 512 << 20, maxCompressionRatio: Int = 200,
        ratioCheckedAfterBytes: Int = 8 << 20, maxEntries: Int = 10_000
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckedAfterBytes = ratioCheckedAfterBytes
        self.maxEntries = maxEntries
    }

    public static let standard = DocxLimits()
}
