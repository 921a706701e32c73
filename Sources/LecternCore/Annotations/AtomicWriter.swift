/// Replaces a file so that a crash at any moment leaves the old or the new version, never a truncated one:
/// a temp file in the same directory, written and fsynced, renamed over the target, then the directory fsynced.
package struct AtomicWriter: Sendable {
    let fileSystem: any AnnotationFileSystem

    package init(fileSystem: any AnnotationFileSystem) {
        self.fileSystem = fileSystem
    }

    /// `.<name>.tmp-<pid>-<random>` beside `path`.
    static func temporaryPrefix(for path: String) -> String { "." + PathText.fileName(path) + ".tmp-" }

    package func replace(_ path: String, with bytes: [UInt8]) throws(AnnotationError) {
        let directory = PathText.directory(path)
        let temp = PathText.join(
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
    package func removeLeftovers(beside path: String) -> [String] {
        let directory = PathText.directory(path)
        let prefix = Self.temporaryPrefix(for: path)
        guard let names = try? fileSystem.list(directory) else { return [] }
        var notices: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let leftover = PathText.join(directory, name)
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
    package func leftovers(beside path: String) -> [String] {
        let directory = PathText.directory(path)
        let prefix = Self.temporaryPrefix(for: path)
        return ((try? fileSystem.list(directory)) ?? []).filter { $0.hasPrefix(prefix) }.map {
            PathText.join(directory, $0)
        }
    }
}
