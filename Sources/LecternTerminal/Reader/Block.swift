/// A unit of the reading pane: a speech's header rule or one reading paragraph. Blocks are numbered by slot, in
/// reading order: each speech's header comes just before its first paragraph.
public enum Block: Hashable, Sendable {
    case speechHeader(Int)
    case paragraph(Int)
}

/// A line of the reading pane: a block's slot and a line of that block at the current width.
public struct ReadingPosition: Hashable, Sendable, Comparable {
    public var slot: Int
    public var line: Int

    public init(slot: Int, line: Int = 0) {
        self.slot = slot
        self.line = line
    }

    public static func < (a: ReadingPosition, b: ReadingPosition) -> Bool { (a.slot, a.line) < (b.slot, b.line) }
}
