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
    public static func load(path: String, encoding: TextEncoding? = nil) throws(DocumentLoadError) -> Document {
        let bytes = try readBytes(path: path)
        do {
            let text = try TextDecoder.decode(bytes, forcing: encoding)
            return DocumentParser.parse(text, path: path)
        } catch {
            throw DocumentLoadError(path: path, reason: error.description)
        }
    }

    /// The file's bytes, or its first `limit` bytes.
    public static func readBytes(path: String, limit: Int? = nil) throws(DocumentLoadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentLoadError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw DocumentLoadError(path: path, reason: "is a directory") }
        let read: [UInt8]?
        do {
            read = try PosixFileSystem().read(path, upTo: limit)
        } catch {
            throw DocumentLoadError(path: path, reason: "cannot be read: \(error.reason.lowercased())")
        }
        guard let bytes = read else { throw DocumentLoadError(path: path, reason: "no such file") }
        return bytes
    }
}
