import Foundation
import LecternCore

/// The real file system, except that a chosen operation fails with a chosen errno while `failure` is set: a
/// read-only volume ("create", EROFS), a full disk ("write", ENOSPC). Lock files are never failed. With
/// `onlyUnder`, only paths in that directory fail (a full volume beside a writable one).
public final class FaultyFileSystem: AnnotationFileSystem, SidecarFlocking, @unchecked Sendable {
    private let real = PosixFileSystem()
    private let lock = NSLock()
    private var _failure: (operation: String, code: Int32)?
    private let onlyUnder: String?

    public init(failure: (operation: String, code: Int32)? = nil, onlyUnder: String? = nil) {
        _failure = failure
        self.onlyUnder = onlyUnder
    }

    /// e.g. ("create", EROFS) or ("write", ENOSPC); nil: behave normally.
    public var failure: (operation: String, code: Int32)? {
        get { lock.withLock { _failure } }
        set { lock.withLock { _failure = newValue } }
    }

    private func failure(for operation: String, _ path: String) -> Int32? {
        guard let failure, failure.operation == operation, !path.hasSuffix(".lock"),
            onlyUnder.map({ path.hasPrefix($0) }) ?? true
        else { return nil }
        return failure.code
    }

    public func read(_ path: String) throws(FileSystemError) -> [UInt8]? { try real.read(path) }
    public func read(_ path: String, upTo limit: Int?) throws(FileSystemError) -> [UInt8]? {
        try real.read(path, upTo: limit)
    }
    public func createDurably(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(FileSystemError) {
        if let code = failure(for: "create", path) {
            throw FileSystemError(operation: "create", path: path, code: code)
        }
        if let code = failure(for: "write", path) {
            // A full disk: the file is created, then the write fails; the caller must clean it up.
            try real.createDurably(path, Array(bytes.prefix(bytes.count / 2)), mode: mode)
            throw FileSystemError(operation: "write", path: path, code: code)
        }
        try real.createDurably(path, bytes, mode: mode)
    }
    public func rename(_ from: String, _ to: String) throws(FileSystemError) {
        if let code = failure(for: "rename", to) { throw FileSystemError(operation: "rename", path: to, code: code) }
        try real.rename(from, to)
    }
    public func syncDirectory(_ path: String) throws(FileSystemError) { try real.syncDirectory(path) }
    public func remove(_ path: String) throws(FileSystemError) { try real.remove(path) }
    public func list(_ directory: String) throws(FileSystemError) -> [String] { try real.list(directory) }
    public func mode(_ path: String) -> mode_t? { real.mode(path) }
    public func size(_ path: String) -> Int? { real.size(path) }
    public func age(_ path: String) -> Double? { real.age(path) }
    public func isProcessAlive(_ pid: Int32) -> Bool { real.isProcessAlive(pid) }
    public var processID: Int32 { real.processID }
    public func sleep(milliseconds: Int) { real.sleep(milliseconds: milliseconds) }
}
