/// The smallest number of edits between a pattern and any substring of a window of the text, and where the
/// first such substring ends, by Myers' bit-parallel algorithm (in Hyyrö's form for patterns longer than one
/// machine word): one pass over the window, 64 rows of the edit-distance table per step, instead of the full table.
///
/// It is `EditDistance.bestMatch`'s table (free start, free end) with only its last row kept, so the two agree on
/// the edits and the end; the fuzzy search asks it first and measures with `bestMatch` (which also finds where the
/// match starts) only the windows whose match could still count.
struct BitParallelFilter {
    /// For each distinct scalar of the pattern, its match mask: bit i of word b is set where pattern[64·b + i] is it.
    private var masks: [UInt64] = []
    private var table: ScalarSlots
    private let blocks: Int
    private let length: Int
    /// The row of the pattern's last scalar within the last block.
    private let lastBit: UInt64

    init(_ pattern: ArraySlice<UInt32>) {
        length = pattern.count
        blocks = max(1, (pattern.count + 63) / 64)
        lastBit = UInt64(1) << UInt64((max(1, pattern.count) - 1) % 64)
        table = ScalarSlots(capacityFor: pattern.count)
        for (row, scalar) in pattern.enumerated() {
            let slot = table.slot(for: scalar, next: masks.count / blocks)
            if slot * blocks == masks.count { masks.append(contentsOf: repeatElement(0, count: blocks)) }
            masks[slot * blocks + row / 64] |= UInt64(1) << UInt64(row % 64)
        }
    }

    /// The fewest edits turning the pattern into a substring of `text[window]`, and the end of the first substring
    /// that close (the window's start when deleting the whole pattern is as good as anything: an empty match).
    func closest(in text: [UInt32], window: Range<Int>) -> (edits: Int, end: Int) {
        var best = (edits: length, end: window.lowerBound)  // column 0: the whole pattern deleted
        guard length > 0, !window.isEmpty else { return best }
        return text.withUnsafeBufferPointer { text in
            masks.withUnsafeBufferPointer { masks in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * blocks) { state in
                    let positive = state.baseAddress!
                    let negative = positive + blocks
                    for b in 0..<blocks {
                        positive[b] = ~0
                        negative[b] = 0
                    }
                    var score = length
                    for j in window {
                        let maskBase = table.lookup(text[j]).map { $0 * blocks }
                        var carry = 0  // the horizontal difference entering the block from above: row 0 is all zeros
                        for b in 0..<blocks {
                            let equal = maskBase.map { masks[$0 + b] } ?? 0
                            carry = Self.step(
                                &positive[b], &negative[b], equal, carry,
                                high: b == blocks - 1 ? lastBit : UInt64(1) << 63)
                        }
                        score += carry
                        if score < best.edits { best = (score, j + 1) }
                    }
                    return best
                }
            }
        }
    }

    /// One column of one 64-row block; returns the horizontal difference leaving it at row `high`.
    @inline(__always)
    private static func step(
        _ positive: inout UInt64, _ negative: inout UInt64, _ equal: UInt64, _ carryIn: Int,
        high: UInt64
    ) -> Int {
        let carryNegative: UInt64 = carryIn < 0 ? 1 : 0
        let carryPositive: UInt64 = carryIn > 0 ? 1 : 0
        let pv = positive
        let mv = negative
        let xv = equal | mv
        let eq = equal | carryNegative
        let xh = (((eq & pv) &+ pv) ^ pv) | eq
        var ph = mv | ~(xh | pv)
        var mh = pv & xh
        let carryOut = (ph & high != 0 ? 1 : 0) - (mh & high != 0 ? 1 : 0)
        ph = ph << 1 | carryPositive
        mh = mh << 1 | carryNegative
        positive = mh | ~(xv | ph)
        negative = ph & xv
        return carryOut
    }
}

/// A small open-addressing table from a scalar to a dense slot number (slots in order of first appearance).
private struct ScalarSlots {
    private var keys: [UInt32]
    private var slots: [Int32]
    private let mask: Int
    /// Never a scalar value.
    private static let empty = UInt32.max

    init(capacityFor count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        keys = [UInt32](repeating: Self.empty, count: size)
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func home(_ scalar: UInt32) -> Int { Int(truncatingIfNeeded: (scalar &* 0x9E37_79B1) >> 7) & mask }

    /// The slot of `scalar`, or `next` after inserting it.
    mutating func slot(for scalar: UInt32, next: Int) -> Int {
        var s = home(scalar)
        while keys[s] != Self.empty {
            if keys[s] == scalar { return Int(slots[s]) }
            s = (s + 1) & mask
        }
        keys[s] = scalar
        slots[s] = Int32(next)
        return next
    }

    @inline(__always)
    func lookup(_ scalar: UInt32) -> Int? {
        var s = home(scalar)
        while true {
            let k = keys[s]
            if k == scalar { return Int(slots[s]) }
            if k == Self.empty { return nil }
            s = (s + 1) & mask
        }
    }
}
