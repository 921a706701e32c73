import Foundation

/// `<sidecar>.lock`, created with O_CREAT|O_EXCL and holding the owner's pid, guards reload-merge-write.
///
/// A lock whose pid is gone (the holder was killed) is stale: it is renamed aside, checked to still be that same
/// stale lock, and removed. A lock file still empty after a few seconds (its creator died before writing its pid)
/// is stale too.
public struct SidecarLock: Sendable {
    public let path: String
    let fileSystem: any AnnotationFileSystem

    /// How long to wait for a live holder.
    public static let timeoutMilliseconds = 10_000
    static let emptyLockGraceSeconds = 5.0

    /// Takes the lock for `sidecarPath`, waiting for a live holder up to the timeout. Returns what stale locks
    /// were broken, for reporting.
    public static func acquire(for sidecarPath: String, fileSystem: any AnnotationFileSystem,
                               timeoutMilliseconds: Int = SidecarLock.timeoutMilliseconds) throws(AnnotationError) -> (SidecarLock, [String]) {
        let path = sidecarPath + ".lock"
        let pid = fileSystem.processID
        var waited = 0, pause = 2
        var notices: [String] = []
        var lastHolder: Int32?
        while true {
            do {
                try fileSystem.createDurably(path, Array("\(pid)\n".utf8), mode: 0o644)
                return (SidecarLock(path: path, fileSystem: fileSystem), notices)
            } catch let error where error.code == EEXIST {
                let contents = (try? fileSystem.read(path)) ?? nil
                let holder = contents.flatMap { Int32(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) }
                lastHolder = holder
                let stale: Bool
                if let holder { stale = !fileSystem.isProcessAlive(holder) }
                else if contents == nil { continue }  // removed meanwhile: try again at once
                else { stale = (fileSystem.age(path) ?? 0) > emptyLockGraceSeconds }
                if stale, breakStale(path, expected: contents ?? [], fileSystem: fileSystem) {
                    notices.append("removed a stale lock \(path)" + (holder.map { " left by process \($0)" } ?? ""))
                    continue
                }
            } catch {
                throw AnnotationError(path: path, kind: .io(operation: "creating the lock", reason: error.reason, code: error.code))
            }
            guard waited < timeoutMilliseconds else { throw AnnotationError(path: path, kind: .locked(holder: lastHolder)) }
            fileSystem.sleep(milliseconds: pause)
            waited += pause
            pause = min(pause * 2, 50)
        }
    }

    /// Moves the stale lock aside under a unique name; keeps it removed only if it is the one judged stale (if
    /// another process replaced it meanwhile, it is put back).
    private static func breakStale(_ path: String, expected: [UInt8], fileSystem: any AnnotationFileSystem) -> Bool {
        let aside = "\(path).stale-\(fileSystem.processID)-\(UInt32.random(in: 0...UInt32.max))"
        do { try fileSystem.rename(path, aside) } catch { return false }
        let moved = (try? fileSystem.read(aside)) ?? nil
        if moved == expected {
            try? fileSystem.remove(aside)
            return true
        }
        // Someone else's fresh lock: restore it unless a new one already exists.
        if (try? fileSystem.read(path)) ?? nil == nil { try? fileSystem.rename(aside, path) } else { try? fileSystem.remove(aside) }
        return false
    }

    public func release() {
        try? fileSystem.remove(path)
    }
}
