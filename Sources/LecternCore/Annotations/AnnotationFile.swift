/// The contents of a sidecar `<source file name>.annotations.json`: which source it annotates and the annotations.
public struct AnnotationFile: Sendable, Equatable {
    /// The schema version this Lectern writes and the newest it reads.
    public static let currentVersion = 1
    public static let formatName = "lectern-annotations"
    /// How positions are counted; written into every file.
    public static let positionUnit = "unicode-code-point"

    public var version: Int
    /// The source as it was when the annotations were last anchored; nil in a file that never saw one.
    public var source: SourceFingerprint?
    public var annotations: [Annotation]
    /// Top-level members this version does not know, written back unchanged.
    public var unknownFields: UnknownFields

    public init(
        version: Int = AnnotationFile.currentVersion, source: SourceFingerprint?, annotations: [Annotation],
        unknownFields: UnknownFields = UnknownFields()
    ) {
        self.version = version
        self.source = source
        self.annotations = annotations
        self.unknownFields = unknownFields
    }

    /// `speeches.txt` → `speeches.txt.annotations.json`, in the same directory.
    public static func sidecarPath(forSource path: String) -> String { path + ".annotations.json" }
}

/// What identifies a source's text: its size on disk and the SHA-256 of its decoded text (UTF-8, LF, no BOM),
/// so re-encoding a file or changing its line ends does not count as a change, and any edit of the text does.
public struct SourceFingerprint: Sendable, Equatable {
    /// The source's file name, without directories.
    public var name: String
    /// Bytes of the file as read (before decoding).
    public var bytes: Int
    /// Code points of the decoded text.
    public var codePoints: Int
    /// Lowercase hex SHA-256 of the decoded text's UTF-8 bytes.
    public var sha256: String
    public var encoding: String
    public var lineEnding: String
    /// The program that extracted the text from a PDF, with its version ("pdftotext 22.12.0"): another version
    /// may extract slightly different text, which the annotations are then re-anchored to.
    public var extractor: String?
    public var unknownFields: UnknownFields

    public init(
        name: String, bytes: Int, codePoints: Int, sha256: String, encoding: String, lineEnding: String,
        extractor: String? = nil, unknownFields: UnknownFields = UnknownFields()
    ) {
        self.name = name
        self.bytes = bytes
        self.codePoints = codePoints
        self.sha256 = sha256
        self.encoding = encoding
        self.lineEnding = lineEnding
        self.extractor = extractor
        self.unknownFields = unknownFields
    }

    /// The fingerprint of a loaded document whose file had `fileSize` bytes.
    public init(document: Document, fileSize: Int, codePoints: Int) {
        let name =
            document.path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? document.path
        self.init(
            name: name, bytes: fileSize, codePoints: codePoints, sha256: SHA256.hex(document.text.utf8),
            encoding: document.text.encoding.rawValue, lineEnding: document.text.lineEnding.rawValue,
            extractor: document.text.extractor)
    }

    /// Same text: positions recorded against one are valid in the other.
    public func sameText(as other: SourceFingerprint) -> Bool {
        sha256 == other.sha256 && codePoints == other.codePoints
    }
}
