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
public struct Paragraph: Sendable, Equatable {
    public let index: Int
    /// 1-based source line.
    public let line: Int
    /// Bytes of the trimmed paragraph in `DecodedText.utf8`.
    public let byteRange: Range<Int>
    /// Code points before the paragraph's first character in the decoded text.
    public let codePointOffset: Int
    public internal(set) var role: ParagraphRole
    /// 1-based number of the speech holding the paragraph.
    public internal(set) var speech: Int
}
