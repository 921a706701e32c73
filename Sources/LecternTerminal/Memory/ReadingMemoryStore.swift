import Foundation

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

    public static func key(for path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Every remembered file; an unreadable or damaged store reads as empty.
    public func load() -> [String: ReadingMemory] {
        guard let data = try? Data(contentsOf: url),
            let memories = try? JSONDecoder().decode([String: ReadingMemory].self, from: data)
        else { return [:] }
        return memories
    }

    /// Adds or replaces the given files' memories, keeping the others.
    public func save(_ memories: [String: ReadingMemory]) throws {
        var all = load()
        all.merge(memories) { _, new in new }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(all).write(to: url, options: .atomic)
    }
}
