/// Laid-out blocks by slot for the current width. Only blocks that are drawn or scrolled over are laid out, so a
/// frame costs the same whatever the document's size. A block's glyphs do not depend on the width: a new width
/// wraps them again but keeps them (reading a long paragraph's text again would cost more than wrapping it).
public final class LayoutCache {
    public private(set) var width: Int = 0
    private var glyphs: [Int: BlockGlyphs] = [:]
    private var blocks: [Int: WrappedBlock] = [:]
    private let capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    public func block(slot: Int, width: Int, make: () -> BlockGlyphs) -> WrappedBlock {
        if width != self.width {
            blocks.removeAll(keepingCapacity: true)
            self.width = width
        }
        if let cached = blocks[slot] { return cached }
        if glyphs.count >= capacity {
            glyphs.removeAll(keepingCapacity: true)
            blocks.removeAll(keepingCapacity: true)
        }
        let content = glyphs[slot] ?? make()
        glyphs[slot] = content
        let wrapped = WrappedBlock(content, width: width)
        blocks[slot] = wrapped
        return wrapped
    }

    public var count: Int { blocks.count }
}
