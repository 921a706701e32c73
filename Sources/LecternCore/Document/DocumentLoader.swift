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
    /// The largest file Lectern opens. A document in memory takes about three times its file (the text, its
    /// lines, paragraphs and outline: 300 MB for 100 MB, docs/PERFORMANCE.md), so this keeps one within a
    /// laptop's memory; a bigger file is refused before any of it is read.
    public static let maxFileBytes = 2 << 30

    public static func load(path: String, encoding: TextEncoding? = nil) throws(DocumentLoadError) -> Document {
        let bytes = try readBytes(path: path)
        do {
            let text = try TextDecoder.decode(bytes, forcing: encoding)
            return DocumentParser.parse(text, path: path)
        } catch {
            throw DocumentLoadError(path: path, reason: error.description)
        }
    }

    /// The file's bytes, or its first `limit` bytes. A whole file over `maxFileBytes` is refused.
    public static func readBytes(path: String, limit: Int? = nil) throws(DocumentLoadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentLoadError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw DocumentLoadError(path: path, reason: "is a directory") }
        let fileSystem = PosixFileSystem()
        let tooLarge = DocumentLoadError(
            path: path,
            reason: "larger than \(ByteSize.described(maxFileBytes)), "
                + "the most Lectern opens; split it into smaller files")
        if limit == nil, let size = fileSystem.size(path), size > maxFileBytes { throw tooLarge }
        let read: [UInt8]?
        do {
            // One byte past the limit tells a file that grew past it since it was measured.
            read = try fileSystem.read(path, upTo: limit ?? maxFileBytes + 1)
        } catch {
            throw DocumentLoadError(path: path, reason: "cannot be read: \(error.reason.lowercased())")
        }
        guard let bytes = read else { throw DocumentLoadError(path: path, reason: "no such file") }
        if limit == nil, bytes.count > maxFileBytes { throw tooLarge }
        return bytes
    }
}
