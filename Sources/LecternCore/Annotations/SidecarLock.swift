import Foundation
import SystemPackage

/// `<sidecar>.lock` guards reload-merge-write.
///
/// On the real file system the lock is flock(2) on that file: the kernel drops it when its holder exits or is
/// killed, so no lock is ever stale and nothing is judged by process ids or ages. The holder writes its pid into
/// the file only to name itself to a save that times out waiting, and removes the file before unlocking; a file
/// still holding a pid when taken was left by a holder that died, and is reported. File systems that cannot
/// flock (a test's memory, a preview that never writes) get a lock file created exclusively and removed.
package struct SidecarLock: Sendable {
    package let path: String
    /// The open lock file, on a file system that flocks.
    private let descriptor: FileDescriptor?
    private let fileSystem: any AnnotationFileSystem

    /// How long to wait for a holder.
    package static let timeoutMilliseconds = 10_000

    /// Takes the lock for `sidecarPath`, waiting for its holder up to the timeout. Returns what a holder that
    /// died left behind, for reporting.
    package static func acquire(
        for sidecarPath: String, fileSystem: any AnnotationFileSystem,
        timeoutMilliseconds: Int = SidecarLock.timeoutMilliseconds
    ) throws(AnnotationError) -> (SidecarLock, [String]) {
        let path = sidecarPath + ".lock"
        var waited = 0
        var pause = 2
        while true {
            let attempt =
                fileSystem is any SidecarFlocking
                ? try takeFlock(path, fileSystem: fileSystem)
                : try createExclusively(path, fileSystem: fileSystem)
            switch attempt {
            case .taken(let lock, let notices): return (lock, notices)
            case .retry: continue
            case .held(let holder):
                guard waited < timeoutMilliseconds else {
                    throw AnnotationError(path: path, kind: .locked(holder: holder))
                }
            }
            fileSystem.sleep(milliseconds: pause)
            waited += pause
            pause = min(pause * 2, 50)
        }
    }

    private enum Attempt {
        case taken(SidecarLock, notices: [String])
        /// The lock file changed under us (its holder removed it); try again at once.
        case retry
        case held(by: Int32?)
    }

    private static func takeFlock(_ path: String, fileSystem: any AnnotationFileSystem) throws(AnnotationError)
        -> Attempt
    {
        let file = try system("opening the lock", path) {
            try FileDescriptor.open(
                FilePath(path), .readWrite, options: [.create, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        }
        do {
            guard try file.lockExclusivelyIfFree() else {
                let holder = pid(in: contents(of: file))
                try? file.close()
                return .held(by: holder)
            }
        } catch {
            try? file.close()
            throw ioError(path, "locking", error.rawValue)
        }
        // Between our open and flock its holder may have removed the file: then what we lock is not the lock.
        guard let opened = try? file.stat(), let named = try? FilePath(path).stat(), opened.inode == named.inode,
            opened.deviceID == named.deviceID
        else {
            try? file.close()
            return .retry
        }
        var notices: [String] = []
        if let left = pid(in: contents(of: file)) {
            notices.append("removed a stale lock \(path) left by process \(left)")
        }
        let own = Array("\(fileSystem.processID)\n".utf8)
        do {
            try system("writing the lock", path) {
                try file.resize(to: 0)
                guard try file.writeAll(toAbsoluteOffset: 0, own) == own.count else { throw Errno.ioError }
            }
        } catch {
            try? file.close()
            throw error
        }
        return .taken(SidecarLock(path: path, descriptor: file, fileSystem: fileSystem), notices: notices)
    }

    private static func createExclusively(_ path: String, fileSystem: any AnnotationFileSystem) throws(AnnotationError)
        -> Attempt
    {
        do {
            try fileSystem.createDurably(path, Array("\(fileSystem.processID)\n".utf8), mode: 0o644)
            return .taken(SidecarLock(path: path, descriptor: nil, fileSystem: fileSystem), notices: [])
        } catch let error where error.code == EEXIST {
            return .held(by: pid(in: (try? fileSystem.read(path)) ?? nil))
        } catch {
            throw ioError(path, "creating the lock", error.code)
        }
    }

    private static func contents(of file: FileDescriptor) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = (try? buffer.withUnsafeMutableBytes { try file.read(fromAbsoluteOffset: 0, into: $0) }) ?? 0
        return Array(buffer.prefix(count))
    }

    private static func pid(in bytes: [UInt8]?) -> Int32? {
        bytes.flatMap { Int32(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Runs swift-system calls; a failure is the annotation error that names `operation` on the lock.
    private static func system<R>(_ operation: String, _ path: String, _ body: () throws -> R) throws(AnnotationError)
        -> R
    {
        do {
            return try FileSystemError.naming(operation, path, body)
        } catch {
            throw ioError(path, operation, error.code)
        }
    }

    private static func ioError(_ path: String, _ operation: String, _ code: Int32) -> AnnotationError {
        AnnotationError(
            path: path, kind: .io(operation: operation, reason: String(cString: strerror(code)), code: code))
    }

    /// Removes the lock file, then unlocks: a waiter that opened the removed file sees it is gone and opens anew.
    package func release() {
        try? fileSystem.remove(path)
        if let descriptor {
            descriptor.unlock()
            try? descriptor.close()
        }
    }
}

/// A file system whose paths are real files, so the sidecar lock can be flock(2) on them.
package protocol SidecarFlocking {}

extension PosixFileSystem: SidecarFlocking {}
