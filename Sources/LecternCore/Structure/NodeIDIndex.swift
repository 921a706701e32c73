/// Finds a node by its id in constant time: an open-addressing table of node indices keyed by the id's bytes in
/// the node pool, so no String or dictionary entry is made per node (ids are hashed once, when the table is
/// finished). With repeated ids, the first node keeps the slot.
struct NodeIDIndex: Sendable {
    /// Node index + 1 in each slot, 0 for an empty one; the count is a power of two, at least twice the nodes.
    private let slots: [Int32]

    init(records: [NodeRecord], pool: [UInt8]) {
        var capacity = 16
        while capacity < records.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        pool.withUnsafeBufferPointer { pool in
            for (index, record) in records.enumerated() {
                let id = Self.bytes(record.id, in: pool)
                var slot = Self.hash(id) & mask
                while slots[slot] != 0 {
                    if Self.bytes(records[Int(slots[slot]) - 1].id, in: pool).elementsEqual(id) { break }
                    slot = (slot + 1) & mask
                }
                if slots[slot] == 0 { slots[slot] = Int32(index + 1) }
            }
        }
        self.slots = slots
    }

    func firstIndex(of id: UnsafeBufferPointer<UInt8>, records: [NodeRecord], pool: [UInt8]) -> Int? {
        let mask = slots.count - 1
        return pool.withUnsafeBufferPointer { pool in
            var slot = Self.hash(id) & mask
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                if Self.bytes(records[index].id, in: pool).elementsEqual(id) { return index }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private static func bytes(_ range: PoolRange, in pool: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: pool[Int(range.start)..<Int(range.start + range.count)])
    }

    /// FNV-1a: ids are a few ASCII bytes, so a simple byte hash spreads them well.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
