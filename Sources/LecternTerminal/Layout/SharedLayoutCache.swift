/// Laid-out blocks by slot for the current width. Only blocks that are drawn or scrolled over are laid out, so a
/// frame costs the same whatever the document's size. A block's glyphs do not depend on the width: a new width
/// wraps them again but keeps them (reading a long paragraph's text again would cost more than wrapping it).
///
/// The one reference the reader's state holds on purpose, and shared by every copy of its DocumentReader: a
/// memo of a pure function (slot and width → wrapped block), filled by whatever reads a block — drawing a frame
/// included — so that a frame costs the lines on screen, not the document. What it returns never depends on
/// what was asked before; docs/ARCHITECTURE.md ("The one shared cache") says why it is not a value.
public final class SharedLayoutCache {
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
