import Foundation
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// The calls swift-system's FileDescriptor does not wrap (fsync, flock), wrapped the same way: errno as `Errno`.
extension FileDescriptor {
    /// fsync(2): the file's data and metadata on disk.
    func sync() throws(Errno) {
        guard fsync(rawValue) == 0 else { throw Errno(rawValue: errno) }
    }

    /// flock(2) LOCK_EX | LOCK_NB: false when another open file holds the lock.
    func lockExclusivelyIfFree() throws(Errno) -> Bool {
        guard flock(rawValue, LOCK_EX | LOCK_NB) != 0 else { return true }
        let code = Errno(rawValue: errno)
        guard code == .wouldBlock || code == .interrupted else { throw code }
        return false
    }

    func unlock() {
        _ = flock(rawValue, LOCK_UN)
    }
}

extension FileSystemError {
    /// Runs swift-system calls, naming the operation and the path when one fails; a FileSystemError thrown inside
    /// (by a call of its own) passes through as it is.
    static func naming<R>(_ operation: String, _ path: String, _ body: () throws -> R) throws(FileSystemError) -> R {
        do {
            return try body()
        } catch let error as FileSystemError {
            throw error
        } catch {
            throw FileSystemError(operation: operation, path: path, code: (error as? Errno)?.rawValue ?? EIO)
        }
    }
}
