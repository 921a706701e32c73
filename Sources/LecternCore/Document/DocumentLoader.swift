import Foundation

/// Why a file could not be opened as a document. `description` is one line naming the file and the reason.
public struct DocumentLoadError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Reads a file and runs it through decoding and recognition.
public enum DocumentLoader {
    /// The largest file Lectern opens. A plain UTF-8 document is mapped and held in about 1.2 times its file, but
    /// one that must be decoded (GB18030, UTF-16, CRLF) takes about twice it (the decoded text, its lines,
    /// paragraphs and outline, docs/PERFORMANCE.md), so this keeps one within a laptop's memory; a bigger file is
    /// refused before any of it is read. A decoded text under 4 GiB is what the 32-bit tables need.
    public static let maxFileBytes = 2 << 30

    /// A text file at least this big is mapped rather than read (`mappedText`): reading copies the text out of the
    /// page cache into memory of its own, which a folder of small files paid for every byte. Only where a file
    /// shortened while mapped reads as zeros (`MappedFile`'s guard, Linux); elsewhere only big files are mapped.
    #if canImport(Glibc)
        public static let smallestMappedFile = 16 << 10
    #else
        public static let smallestMappedFile = smallestWatchedFile
    #endif

    /// Files opened together beyond this many are read, not mapped: each mapping is held for the session, and a
    /// process has a limited number of them (65,530 by Linux's default), which thread stacks and big allocations
    /// need too.
    public static let mostMappedFiles = 10_000

    /// A mapped file at least this big has its pages handed back as the process grows (`PageReleaser`) and keeps
    /// its descriptor; a smaller one is held whole, as a read one would be.
    public static let smallestWatchedFile = 16 << 20

    public static func load(path: String, encoding: TextEncoding? = nil) throws(DocumentLoadError) -> Document {
        if let text = try mappedText(path: path, encoding: encoding) { return DocumentParser.parse(text, path: path) }
        let bytes = try readBytes(path: path)
        do {
            let text = try TextDecoder.decode(bytes, forcing: encoding)
            return DocumentParser.parse(text, path: path)
        } catch {
            throw DocumentLoadError(path: path, reason: error.description)
        }
    }

    /// The text of a regular file, mapped and kept as it is, for a file whose bytes already are the decoded text
    /// (plain UTF-8 with LF ends). Nil for any other file, which the caller reads instead: one under `smallest`
    /// bytes, one that is not a regular file or cannot be mapped, one that starts like a Word or PDF file
    /// (`isOtherFormat` looks at its first bytes), and one that needs decoding.
    public static func mappedText(
        path: String, encoding: TextEncoding?, isOtherFormat: ([UInt8]) -> Bool = { _ in false },
        smallest: Int = smallestMappedFile
    ) throws(DocumentLoadError) -> DecodedText? {
        guard let file = MappedFile.map(path, minimumSize: smallest, watchedFrom: smallestWatchedFile) else {
            return nil
        }
        if file.count > maxFileBytes { throw tooLarge(path) }
        guard !isOtherFormat(Array(UnsafeBufferPointer(start: file.base, count: min(file.count, 1024)))) else {
            return nil
        }
        return TextDecoder.plainText(mapped: file, forcing: encoding)
    }

    /// The file's bytes, or its first `limit` bytes. A whole file over `maxFileBytes` is refused.
    public static func readBytes(path: String, limit: Int? = nil) throws(DocumentLoadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentLoadError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw DocumentLoadError(path: path, reason: "is a directory") }
        let fileSystem = PosixFileSystem()
        if limit == nil, let size = fileSystem.size(path), size > maxFileBytes { throw tooLarge(path) }
        let read: [UInt8]?
        do {
            // One byte past the limit tells a file that grew past it since it was measured.
            read = try fileSystem.read(path, upTo: limit ?? maxFileBytes + 1)
        } catch {
            throw DocumentLoadError(path: path, reason: "cannot be read: \(error.reason.lowercased())")
        }
        guard let bytes = read else { throw DocumentLoadError(path: path, reason: "no such file") }
        if limit == nil, bytes.count > maxFileBytes { throw tooLarge(path) }
        return bytes
    }

    private static func tooLarge(_ path: String) -> DocumentLoadError {
        DocumentLoadError(
            path: path,
            reason:
                "larger than \(ByteSize.described(maxFileBytes)), the most Lectern opens; split it into smaller files")
    }
}
