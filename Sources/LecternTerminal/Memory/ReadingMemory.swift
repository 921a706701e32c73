/// What the reader remembers about a file between runs: where the cursor was and the marks, as block slots of
/// the document (the same file parses to the same slots).
public struct ReadingMemory: Codable, Equatable, Sendable {
    public var slot: Int
    public var marks: [String: Int]

    public init(slot: Int, marks: [String: Int] = [:]) {
        self.slot = slot
        self.marks = marks
    }
}

extension DocumentReader {
    var memory: ReadingMemory {
        ReadingMemory(
            slot: cursor.slot, marks: Dictionary(uniqueKeysWithValues: marks.map { (String($0.key), $0.value.slot) }))
    }

    /// Returns to a remembered position and marks; slots past the document's end (the file changed) are ignored.
    mutating func restore(_ memory: ReadingMemory) {
        for (letter, slot) in memory.marks where slot >= 0 && slot < index.slotCount {
            if let character = letter.first, letter.count == 1 { marks[character] = ReadingPosition(slot: slot) }
        }
        guard memory.slot >= 0, memory.slot < index.slotCount else { return }
        show(ReadingPosition(slot: memory.slot))
    }
}

extension Library {
    /// Memories of every open file, by the path `ReadingMemoryStore` keys them with.
    var memories: [String: ReadingMemory] {
        let keys = ReadingMemoryStore.keys(for: readers.mapInPlace { $0.pointee.index.document.path })
        return Dictionary(zip(keys, readers.mapInPlace { $0.pointee.memory }), uniquingKeysWith: { _, b in b })
    }

    /// Returns each file (of `files`, when given) to its remembered place.
    mutating func restore(_ memories: [String: ReadingMemory], files: [Int]? = nil) {
        // A file's key resolves its path on disk: with nothing remembered, a folder of thousands is not walked.
        guard !memories.isEmpty else { return }
        let files = files ?? Array(readers.indices)
        let keys = ReadingMemoryStore.keys(for: files.map { readers[$0].index.document.path })
        for (file, key) in zip(files, keys) {
            if let memory = memories[key] { readers[file].restore(memory) }
        }
    }
}

extension ReaderApp {
    public var memories: [String: ReadingMemory] { library.memories }

    public mutating func restore(_ memories: [String: ReadingMemory], files: [Int]? = nil) {
        library.restore(memories, files: files)
        afterUpdate()
    }
}
