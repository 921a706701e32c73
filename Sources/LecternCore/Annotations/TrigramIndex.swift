import Algorithms

/// Every position of every three-code-point sequence in a text, grouped by sequence, so a quote's occurrences and
/// the candidate places for a fuzzy match are found by one hash lookup instead of scanning the whole text.
///
/// Three scalars (21 bits each) pack exactly into one 64-bit key, so keys never collide. Built in two linear passes
/// (no sort): the first gives every distinct trigram a dense id and counts it, the second writes each position into
/// its trigram's group — in ascending order, since positions are visited in order.
package struct TrigramIndex: Sendable {
    /// Positions grouped by trigram; group `id` is `positions[starts[id]..<starts[id + 1]]`, ascending.
    private let positions: [Int32]
    private let starts: [Int32]
    /// Open addressing: `slotKeys[s]` is a key (or `emptySlot`), `slotIDs[s]` its dense id.
    private let slotKeys: [UInt64]
    private let slotIDs: [Int32]
    private let shift: UInt64

    /// Never a key: keys use 63 bits.
    private static let emptySlot = UInt64.max

    package init(_ scalars: [UInt32]) {
        let n = max(0, scalars.count - 2)
        var table = KeyTable()
        var ids = [Int32](repeating: 0, count: n)
        var counts: [Int32] = []
        scalars.withUnsafeBufferPointer { s in
            ids.withUnsafeMutableBufferPointer { ids in
                for i in 0..<n {
                    let id = table.id(for: Self.key(s[i], s[i + 1], s[i + 2]), next: Int32(counts.count))
                    if Int(id) == counts.count { counts.append(0) }
                    counts[Int(id)] += 1
                    ids[i] = id
                }
            }
        }
        var starts = [Int32](repeating: 0, count: counts.count + 1)
        for id in counts.indices { starts[id + 1] = starts[id] + counts[id] }
        var cursor = Array(starts.dropLast())
        var positions = [Int32](repeating: 0, count: n)
        ids.withUnsafeBufferPointer { ids in
            positions.withUnsafeMutableBufferPointer { positions in
                cursor.withUnsafeMutableBufferPointer { cursor in
                    for i in 0..<n {
                        let id = Int(ids[i])
                        positions[Int(cursor[id])] = Int32(i)
                        cursor[id] += 1
                    }
                }
            }
        }
        self.positions = positions
        self.starts = starts
        self.slotKeys = table.keys
        self.slotIDs = table.ids
        self.shift = table.shift
    }

    @inline(__always)
    static func key(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
        UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c)
    }

    @inline(__always)
    fileprivate static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Index range in `positions` of the trigram `key` (empty when it does not occur).
    @inline(__always)
    private func group(_ key: UInt64) -> Range<Int> {
        let mask = slotKeys.count - 1
        var s = Self.slot(key, shift: shift)
        while true {
            let k = slotKeys[s]
            if k == key {
                let id = Int(slotIDs[s])
                return Int(starts[id])..<Int(starts[id + 1])
            }
            if k == Self.emptySlot { return 0..<0 }
            s = (s + 1) & mask
        }
    }

    @inline(__always)
    private func group(_ needle: [UInt32], _ offset: Int) -> Range<Int> {
        group(Self.key(needle[offset], needle[offset + 1], needle[offset + 2]))
    }

    /// How many times the trigram at `needle[offset...]` occurs.
    package func count(_ needle: [UInt32], at offset: Int) -> Int {
        group(needle, offset).count
    }

    /// Positions (ascending) where the trigram at `needle[offset...]` occurs.
    package func positions(_ needle: [UInt32], at offset: Int) -> [Int] {
        positions[group(needle, offset)].map { Int($0) }
    }

    /// Positions (ascending) where the trigram at `needle[offset...]` occurs, each less `minus`.
    package func positions(_ needle: [UInt32], at offset: Int, minus: Int) -> [Int] {
        positions[group(needle, offset)].map { Int($0) - minus }
    }

    /// Keeps those of `starts` (ascending) at which the trigram `needle[offset...]` occurs `offset` further on.
    package func keep(_ starts: inout [Int], where needle: [UInt32], at offset: Int) {
        let group = group(needle, offset)
        let kept = positions.withUnsafeBufferPointer { positions in
            starts.withUnsafeMutableBufferPointer { starts -> Int in
                var lower = group.lowerBound
                var kept = 0
                for n in 0..<starts.count {
                    let start = starts[n]
                    // Both lists ascend: gallop from where the last search ended, then halve the last step.
                    let target = start + offset
                    var step = 1
                    var hi = lower
                    while hi < group.upperBound, Int(positions[hi]) < target {
                        lower = hi + 1
                        hi = min(group.upperBound, hi + step)
                        step *= 2
                    }
                    let lo = positions[lower..<hi].partitioningIndex { Int($0) >= target }
                    lower = lo
                    if lo < group.upperBound, Int(positions[lo]) == target {
                        starts[kept] = start
                        kept += 1
                    }
                }
                return kept
            }
        }
        starts.removeLast(starts.count - kept)
    }

    /// A growing open-addressing table from key to dense id (ids in order of first appearance).
    private struct KeyTable {
        var keys = [UInt64](repeating: TrigramIndex.emptySlot, count: 1 << 12)
        var ids = [Int32](repeating: 0, count: 1 << 12)
        var shift: UInt64 = 64 - 12
        var used = 0

        /// The id of `key`, or `next` after inserting it.
        @inline(__always)
        mutating func id(for key: UInt64, next: Int32) -> Int32 {
            let mask = keys.count - 1
            var s = TrigramIndex.slot(key, shift: shift)
            while true {
                let k = keys[s]
                if k == key { return ids[s] }
                if k == TrigramIndex.emptySlot { break }
                s = (s + 1) & mask
            }
            keys[s] = key
            ids[s] = next
            used += 1
            if used * 2 > keys.count { grow() }
            return next
        }

        mutating func grow() {
            let oldKeys = keys
            let oldIDs = ids
            keys = [UInt64](repeating: TrigramIndex.emptySlot, count: oldKeys.count * 2)
            ids = [Int32](repeating: 0, count: oldKeys.count * 2)
            shift -= 1
            let mask = keys.count - 1
            for (k, id) in zip(oldKeys, oldIDs) where k != TrigramIndex.emptySlot {
                var s = TrigramIndex.slot(k, shift: shift)
                while keys[s] != TrigramIndex.emptySlot { s = (s + 1) & mask }
                keys[s] = k
                ids[s] = id
            }
        }
    }
}
