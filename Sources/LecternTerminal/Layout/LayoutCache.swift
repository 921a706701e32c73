/// Wrapped blocks by slot for the current width. Only blocks that are drawn or scrolled over are laid out, so a
/// frame costs the same whatever the document's size; a new width starts a new cache.
public final class LayoutCache {
    public private(set) var width: Int = 0
    private var blocks: [Int: WrappedBlock] = [:]
    private let capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    public func block(slot: Int, width: Int, make: () -> [Glyph]) -> WrappedBlock {
        if width != self.width {
            blocks.removeAll(keepingCapacity: true)
            self.width = width
        }
        if let cached = blocks[slot] { return cached }
        if blocks.count >= capacity { blocks.removeAll(keepingCapacity: true) }
        let wrapped = WrappedBlock(glyphs: make(), width: width)
        blocks[slot] = wrapped
        return wrapped
    }

    public var count: Int { blocks.count }
}
