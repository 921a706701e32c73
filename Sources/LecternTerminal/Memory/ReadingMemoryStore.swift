import Foundation
import LecternCore

/// Reading memories on disk: one JSON file under the XDG state directory ($XDG_STATE_HOME/lectern, by default
/// ~/.local/state/lectern), keyed by each file's absolute path.
public struct ReadingMemoryStore: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// The store the environment points at; nil when neither XDG_STATE_HOME nor HOME is set.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> ReadingMemoryStore?
    {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        } else {
            return nil
        }
        return ReadingMemoryStore(url: base.appendingPathComponent("lectern/positions.json"))
    }

    /// A file's absolute path with every symbolic link in it resolved: the same file has one key however it is
    /// named on the command line.
    public static func key(for path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The keys of many files at once, equal to `key(for:)` of each. Resolving walks every component of a path on
    /// disk, and a folder's thousands of files share their folder: it is resolved once, and a file that is not
    /// itself a symbolic link keeps its name (one `lstat`). Anything else is resolved whole.
    public static func keys(for paths: [String]) -> [String] {
        var folders: [Substring: String] = [:]
        let fileSystem = PosixFileSystem()
        return paths.map { path in
            guard path.hasPrefix("/"), let slash = path.lastIndex(of: "/"), slash != path.startIndex else {
                return key(for: path)
            }
            let name = path[path.index(after: slash)...]
            guard !name.isEmpty, name != ".", name != "..", fileSystem.isSymbolicLink(path) == false else {
                return key(for: path)
            }
            let folder = path[..<slash]
            if let resolved = folders[folder] { return resolved + "/" + name }
            let resolved = key(for: String(folder))
            folders[folder] = resolved
            return resolved == "/" ? "/" + name : resolved + "/" + name
        }
    }

    /// Every remembered file; an unreadable or damaged store reads as empty.
    public func load() -> [String: ReadingMemory] {
        guard let data = try? Data(contentsOf: url),
            let memories = try? JSONDecoder().decode([String: ReadingMemory].self, from: data)
        else { return [:] }
        return memories
    }

    /// Adds or replaces the given files' memories, keeping the others. A memory of a file's start with no marks
    /// is what a file with none gets, so it removes the file's entry instead: a folder of thousands, most never
    /// looked at, does not fill the store.
    public func save(_ memories: [String: ReadingMemory]) throws {
        var all = load()
        for (key, memory) in memories {
            all[key] = memory == ReadingMemory(slot: 0) ? nil : memory
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(all).write(to: url, options: .atomic)
    }
}
