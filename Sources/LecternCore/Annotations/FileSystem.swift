import Foundation

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
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileSystemError(operation: "open", path: path, code: errno)
        }
        defer { close(fd) }
        // Read straight into an uninitialized array sized from fstat (a 100 MB document is neither zero-filled
        // nor copied), never bigger than the limit; a file that grows meanwhile is read on in chunks, up to it.
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        let limit = limit.map { max(0, $0) }
        let capacity = min(limit ?? .max, expected + 1)
        var failure: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Foundation.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0, errno == EINTR { continue }
                if n < 0 {
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if let failure { throw FileSystemError(operation: "read", path: path, code: failure) }
        guard bytes.count == capacity else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit ?? .max {
            let wanted = min(chunk.count, (limit ?? .max) - bytes.count)
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, wanted) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(operation: "read", path: path, code: errno)
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    public func createDurably(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(FileSystemError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileSystemError(operation: "create", path: path, code: errno) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw FileSystemError(operation: "write", path: path, code: code)
            }
            written += n
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            throw FileSystemError(operation: "fsync", path: path, code: code)
        }
        if close(fd) != 0 { throw FileSystemError(operation: "close", path: path, code: errno) }
    }

    public func rename(_ from: String, _ to: String) throws(FileSystemError) {
        guard Foundation.rename(from, to) == 0 else {
            throw FileSystemError(operation: "rename", path: to, code: errno)
        }
    }

    public func syncDirectory(_ path: String) throws(FileSystemError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError(operation: "open directory", path: path, code: errno) }
        defer { close(fd) }
        // Some file systems refuse fsync on directories (EINVAL); the rename is then as durable as they allow.
        if fsync(fd) != 0, errno != EINVAL, errno != EBADF {
            throw FileSystemError(operation: "fsync directory", path: path, code: errno)
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
