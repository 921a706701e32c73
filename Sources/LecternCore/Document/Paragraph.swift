/// What a paragraph is in its speech.
public enum ParagraphRole: String, Sendable, Codable {
    /// A speech's title line (or a subtitle line right after it).
    case title
    /// A salutation standing alone, such as 同志们：, that opens a speech.
    case salutation
    /// A paragraph that starts with a numbering marker (一、, （一）, 一是…).
    case numbered
    case body
}

/// A paragraph of the reading text: one non-blank source line that the noise filter kept.
/// Paragraphs are addressed by `index`, their position among the document's reading paragraphs.
///
/// Stored in 32-bit fields (as `SourceLine`): a 100 MB text has 330,000 paragraphs.
public struct Paragraph: Sendable, Equatable {
    private let index32: UInt32
    private let line32: UInt32
    private let byteStart32: UInt32
    private let byteEnd32: UInt32
    private let codePointOffset32: UInt32
    private var speech32: UInt32
    public internal(set) var role: ParagraphRole

    public var index: Int { Int(index32) }
    /// 1-based source line.
    public var line: Int { Int(line32) }
    /// Bytes of the trimmed paragraph in `DecodedText.utf8`.
    public var byteRange: Range<Int> { Int(byteStart32)..<Int(byteEnd32) }
    /// Code points before the paragraph's first character in the decoded text.
    public var codePointOffset: Int { Int(codePointOffset32) }
    /// 1-based number of the speech holding the paragraph.
    public internal(set) var speech: Int {
        get { Int(speech32) }
        set { speech32 = UInt32(newValue) }
    }

    init(index: Int, line: Int, byteRange: Range<Int>, codePointOffset: Int, role: ParagraphRole, speech: Int) {
        index32 = UInt32(index)
        line32 = UInt32(line)
        byteStart32 = UInt32(byteRange.lowerBound)
        byteEnd32 = UInt32(byteRange.upperBound)
        codePointOffset32 = UInt32(codePointOffset)
        speech32 = UInt32(speech)
        self.role = role
    }
}
