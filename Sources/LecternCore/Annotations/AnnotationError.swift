/// Why an annotation sidecar could not be read or written. `description` is one line naming the file.
public struct AnnotationError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Not JSON: the parser's line, column and reason.
        case corrupt(SidecarJSONError)
        /// JSON, but not a valid annotation file.
        case invalid(String)
        /// Past one of `SidecarLimits` (too large, too deep, too many annotations, too long a note).
        case overLimit(String)
        /// Written by a newer Lectern.
        case newerVersion(found: Int, supported: Int)
        /// A system call failed (permission, read-only file system, full disk…).
        case io(operation: String, reason: String, code: Int32)
        /// Another process holds the lock and did not let go in time.
        case locked(holder: Int32?)
        /// A request that does not fit the document (an unknown requirement id, a range outside the text…).
        case target(String)
        /// The document's file was written over in place while open, so its positions no longer hold.
        case sourceChanged
    }

    public let path: String
    public let kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .corrupt(let error):
            return "\(path): not valid JSON at \(error) (byte \(error.byteOffset)); the file was left unchanged"
        case .invalid(let reason):
            return "\(path): not a valid annotation file: \(reason); the file was left unchanged"
        case .overLimit(let reason):
            return "\(path): \(reason); the file was left unchanged"
        case .newerVersion(let found, let supported):
            return "\(path): annotation file version \(found) is newer than this Lectern reads (\(supported)); "
                + "the file was left unchanged — update Lectern"
        case .io(let operation, let reason, _):
            return "\(path): \(operation) failed: \(reason)"
        case .locked(let holder):
            let who = holder.map { "process \($0)" } ?? "another process"
            // The lock is flock(2): its holder is alive (the kernel frees a dead one's), so waiting is the remedy.
            return "\(path): locked by \(who), which is still saving; try again when it has finished"
        case .target(let reason):
            return "\(path): \(reason)"
        case .sourceChanged:
            return "\(path): the document changed on disk while open; open it again (nothing was written)"
        }
    }

    /// True for a file that exists but cannot be read as annotations (corrupt, invalid, or newer).
    public var isUnreadableFile: Bool {
        switch kind {
        case .corrupt, .invalid, .overLimit, .newerVersion: return true
        default: return false
        }
    }
}
