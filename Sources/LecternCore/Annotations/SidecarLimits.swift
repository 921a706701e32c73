/// How much a sidecar may hold. Sidecars travel between people (mail, shared folders, git), so reading one must
/// stay bounded in memory, stack and time whatever it holds; a sidecar past a limit is refused, named, and left
/// as it is. Lectern never writes one it would refuse: a save that would pass a limit fails instead.
public struct SidecarLimits: Sendable, Equatable {
    /// Bytes of the file. 10,000 annotations as Lectern writes them take 9.4 MB (docs/PERFORMANCE.md), so this
    /// holds about 68,000.
    public var maxFileBytes: Int
    /// Arrays and objects inside one another. An annotation needs five; the rest is for other tools' fields.
    public var maxNestingDepth: Int
    /// Annotations in one sidecar; re-anchoring costs about 0.1 ms each.
    public var maxAnnotations: Int
    /// Code points of one note (about 50 pages of Chinese).
    public var maxNoteLength: Int

    public init(
        maxFileBytes: Int = 64 << 20, maxNestingDepth: Int = 64, maxAnnotations: Int = 100_000,
        maxNoteLength: Int = 100_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxAnnotations = maxAnnotations
        self.maxNoteLength = maxNoteLength
    }

    public static let standard = SidecarLimits()

    /// Why a sidecar of `bytes` bytes is too large, or nil.
    func fileSizeExcess(_ bytes: Int) -> String? {
        bytes > maxFileBytes ? "larger than \(ByteSize.described(maxFileBytes)), the most a sidecar may be" : nil
    }

    /// Why `count` annotations are too many, or nil.
    func annotationCountExcess(_ count: Int) -> String? {
        count > maxAnnotations ? "\(count) annotations, more than the \(maxAnnotations) a sidecar may hold" : nil
    }

    /// The first thing in `annotations` past a limit, or nil.
    func excess(in annotations: [Annotation]) -> String? {
        if let excess = annotationCountExcess(annotations.count) { return excess }
        for n in annotations.indices {  // by index: only the note is read, not a copy of every annotation
            let length = annotations[n].note?.unicodeScalars.count ?? 0
            if length > maxNoteLength {
                return
                    "annotation \(n + 1) has a note of \(length) code points, more than the \(maxNoteLength) a note may have"
            }
        }
        return nil
    }

    /// The file's bytes, or the limit it would pass (`path` names the file in the error): what Lectern writes it
    /// can always read back.
    func encoded(_ file: AnnotationFile, path: String) throws(AnnotationError) -> [UInt8] {
        func overLimit(_ reason: String) -> AnnotationError {
            AnnotationError(path: path, kind: .overLimit("cannot save: \(reason)"))
        }
        if let excess = excess(in: file.annotations) { throw overLimit(excess) }
        let bytes = AnnotationCodec.encode(file)
        if let excess = fileSizeExcess(bytes.count) { throw overLimit("it would be \(excess)") }
        return bytes
    }
}
