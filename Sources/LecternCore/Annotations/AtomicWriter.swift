/// Replaces a file so that a crash at any moment leaves the old or the new version, never a truncated one:
/// a temp file in the same directory, written and fsynced, renamed over the target, then the directory fsynced.
public struct AtomicWriter: Sendable {
    let fileSystem: any AnnotationFileSystem

    public init(fileSystem: any AnnotationFileSystem) {
        self.fileSystem = fileSystem
    }

    /// `.<name>.tmp-<pid>-<random>` beside `path`.
    static func temporaryPrefix(for path: String) -> String { "." + SidecarPaths.fileName(path) + ".tmp-" }

    public func replace(_ path: String, with bytes: [UInt8]) throws(AnnotationError) {
        let directory = SidecarPaths.directory(path)
        let temp = SidecarPaths.join(
            directory,
            Self.temporaryPrefix(for: path)
                + "\(fileSystem.processID)-\(UInt32.random(in: 0...UInt32.max))")
        let mode = fileSystem.mode(path) ?? 0o644
        do {
            try fileSystem.createDurably(temp, bytes, mode: mode)
            try fileSystem.rename(temp, path)
        } catch {
            try? fileSystem.remove(temp)
            throw AnnotationError(
                path: path, kind: .io(operation: "saving (\(error.operation))", reason: error.reason, code: error.code))
        }
        do { try fileSystem.syncDirectory(directory) } catch {
            throw AnnotationError(
                path: directory, kind: .io(operation: error.operation, reason: error.reason, code: error.code))
        }
    }

    /// Removes temp files a killed writer left beside `path`. Call only while holding the sidecar's lock: every
    /// writer holds it while its temp file exists, so any temp file found then is a leftover. Returns notices.
    public func removeLeftovers(beside path: String) -> [String] {
        let directory = SidecarPaths.directory(path)
        let prefix = Self.temporaryPrefix(for: path)
        guard let names = try? fileSystem.list(directory) else { return [] }
        var notices: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let leftover = SidecarPaths.join(directory, name)
            do {
                try fileSystem.remove(leftover)
                notices.append("removed a leftover temp file \(leftover)")
            } catch {
                notices.append("cannot remove a leftover temp file \(leftover): \(error.reason)")
            }
        }
        return notices
    }

    /// Temp files beside `path` (for reporting without the lock).
    public func leftovers(beside path: String) -> [String] {
        let directory = SidecarPaths.directory(path)
        let prefix = Self.temporaryPrefix(for: path)
        return ((try? fileSystem.list(directory)) ?? []).filter { $0.hasPrefix(prefix) }.map {
            SidecarPaths.join(directory, $0)
        }
    }
}

/// Path arithmetic on plain strings (no Foundation URL round trips that could rewrite the user's spelling).
enum SidecarPaths {
    static func directory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func fileName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }
}
