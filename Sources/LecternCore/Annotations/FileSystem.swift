import Foundation
import SystemPackage

/// A failed system call: which operation, on what, and errno.
public struct FileSystemError: Error, Sendable, Equatable {
    public let operation: String
    public let path: String
    public let code: Int32

    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var reason: String { String(cString: strerror(code)) }
}

/// Every platform call the annotation layer makes. `PosixFileSystem` is the real one; tests substitute failures
/// (a read-only directory, a full disk) through this protocol.
public protocol AnnotationFileSystem: Sendable {
    /// The file's bytes, or nil when it does not exist.
    func read(_ path: String) throws(FileSystemError) -> [UInt8]?
    /// At most `limit` bytes from the start of the file (all of it when nil), or nil when it does not exist.
    func read(_ path: String, upTo limit: Int?) throws(FileSystemError) -> [UInt8]?
    /// Creates a new file (failing with EEXIST if it exists), writes `bytes`, fsyncs and closes it.
    func createDurably(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(FileSystemError)
    func rename(_ from: String, _ to: String) throws(FileSystemError)
    /// fsync on a directory, so a rename in it is on disk.
    func syncDirectory(_ path: String) throws(FileSystemError)
    func remove(_ path: String) throws(FileSystemError)
    /// Names (not paths) in a directory.
    func list(_ directory: String) throws(FileSystemError) -> [String]
    /// Permission bits of an existing file.
    func mode(_ path: String) -> mode_t?
    /// Size in bytes of an existing file.
    func size(_ path: String) -> Int?
    /// Seconds since the file was last modified.
    func age(_ path: String) -> Double?
    func isProcessAlive(_ pid: Int32) -> Bool
    var processID: Int32 { get }
    func sleep(milliseconds: Int)
}

extension AnnotationFileSystem {
    /// For file systems that only read whole files (test doubles): the whole file, cut to `limit`.
    public func read(_ path: String, upTo limit: Int?) throws(FileSystemError) -> [UInt8]? {
        guard let bytes = try read(path) else { return nil }
        return limit.map { Array(bytes.prefix($0)) } ?? bytes
    }
}

/// The real file system, through POSIX calls.
public struct PosixFileSystem: AnnotationFileSystem {
    public init() {}

    public func read(_ path: String) throws(FileSystemError) -> [UInt8]? {
        try read(path, upTo: nil)
    }

    /// At most `limit` bytes from the start of a file (fewer when it is shorter), or nil when it does not exist.
    public func read(_ path: String, upTo limit: Int?) throws(FileSystemError) -> [UInt8]? {
        let file: FileDescriptor
        do {
            file = try FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec)
        } catch {
            let code = (error as? Errno)?.rawValue ?? EIO
            if code == ENOENT { return nil }
            throw FileSystemError(operation: "open", path: path, code: code)
        }
        // Only read: a failing close loses nothing, and what was read stands.
        defer { try? file.close() }
        return try FileSystemError.naming("read", path) { try Self.readAll(file, upTo: limit) }
    }

    /// Reads straight into an uninitialized array sized from fstat (a 100 MB document is neither zero-filled nor
    /// copied), never bigger than the limit; a file that grows meanwhile is read on in chunks, up to it. A big
    /// file is read in parts side by side: copying it out of the page cache is a memcpy, which both cores share.
    private static func readAll(_ file: FileDescriptor, upTo limit: Int?) throws -> [UInt8] {
        let status = try? file.stat()
        let expected = status.map { Int($0.size) } ?? 0
        let limit = limit.map { max(0, $0) }
        let capacity = min(limit ?? .max, expected + 1)
        // A pipe, a terminal or a socket cannot be read at an offset: it is read in turn.
        guard status?.type == .regular else {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(capacity)
            try readOn(file, into: &bytes, upTo: limit)
            return bytes
        }
        var bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            let parts = ParallelWork.ranges(buffer.count, parts: ParallelWork.workerCount(forBytes: buffer.count / 8))
            nonisolated(unsafe) let whole = buffer
            let filled = ParallelWork.map(parts.count) { i in
                Result {
                    try fill(UnsafeMutableBufferPointer(rebasing: whole[parts[i]]), from: file, at: parts[i].lowerBound)
                }
            }
            // The bytes read are those up to the first part the file ended in.
            count = 0
            for (part, outcome) in zip(parts, filled) {
                let n = try outcome.get()
                count += n
                if n < part.count { break }
            }
        }
        guard bytes.count == capacity else { return bytes }
        // The file grew: read on from where the parts ended (pread left the descriptor's offset at 0).
        try file.seek(offset: Int64(bytes.count), from: .start)
        try readOn(file, into: &bytes, upTo: limit)
        return bytes
    }

    /// Appends what is read from where the descriptor stands, in chunks, until the file ends or `bytes` holds
    /// `limit`.
    private static func readOn(_ file: FileDescriptor, into bytes: inout [UInt8], upTo limit: Int?) throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit ?? .max {
            let wanted = min(chunk.count, (limit ?? .max) - bytes.count)
            let n = try chunk.withUnsafeMutableBytes {
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[..<wanted]))
            }
            if n == 0 { return }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// Reads the file from `offset` into `buffer` until it is full or the file ends; returns how many bytes came.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from file: FileDescriptor, at offset: Int)
        throws -> Int
    {
        var count = 0
        while count < buffer.count {
            let n = try file.read(
                fromAbsoluteOffset: Int64(offset + count),
                into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])))
            if n == 0 { break }
            count += n
        }
        return count
    }

    public func createDurably(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(FileSystemError) {
        let file = try FileSystemError.naming("create", path) {
            try FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                permissions: FilePermissions(rawValue: mode))
        }
        try FileSystemError.naming("close", path) {
            try file.closeAfter {
                try FileSystemError.naming("write", path) { _ = try file.writeAll(bytes) }
                try FileSystemError.naming("fsync", path) { try file.sync() }
            }
        }
    }

    public func rename(_ from: String, _ to: String) throws(FileSystemError) {
        guard Foundation.rename(from, to) == 0 else {
            throw FileSystemError(operation: "rename", path: to, code: errno)
        }
    }

    public func syncDirectory(_ path: String) throws(FileSystemError) {
        let directory = try FileSystemError.naming("open directory", path) {
            try FileDescriptor.open(FilePath(path), .readOnly, options: [.directory, .closeOnExec])
        }
        // Only synced: a failing close after the fsync loses nothing.
        defer { try? directory.close() }
        try FileSystemError.naming("fsync directory", path) {
            // Some file systems refuse fsync on directories (EINVAL); the rename is then as durable as they allow.
            do { try directory.sync() } catch .invalidArgument, .badFileDescriptor {}
        }
    }

    public func remove(_ path: String) throws(FileSystemError) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw FileSystemError(operation: "unlink", path: path, code: errno)
        }
    }

    public func list(_ directory: String) throws(FileSystemError) -> [String] {
        guard let dir = opendir(directory) else {
            throw FileSystemError(operation: "opendir", path: directory, code: errno)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    public func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Whether the path names a symbolic link (not what it points at); nil when nothing is there.
    public func isSymbolicLink(_ path: String) -> Bool? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFLNK
    }

    public func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    public func age(_ path: String) -> Double? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
        return Date().timeIntervalSince1970 - modified
    }

    public func isProcessAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    public var processID: Int32 { getpid() }

    public func sleep(milliseconds: Int) {
        usleep(useconds_t(milliseconds * 1000))
    }
}
