/// A run of a character-level diff: text both versions share, or text only one of them has.
public struct DiffChunk: Sendable, Equatable {
    public enum Operation: String, Sendable {
        case equal, deleted, inserted
    }

    public let operation: Operation
    public let text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}
