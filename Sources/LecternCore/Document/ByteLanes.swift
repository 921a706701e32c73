/// What the sixteen-bytes-a-step scans share: loading a step, asking a comparison's lanes, counting them.
/// A comparison of sixteen bytes gives a mask whose true lanes are all ones; read as two words, its bits say
/// where. (The standard library's `any` is a call on each step; these are a few instructions, inlined.)
enum ByteLanes {
    typealias Mask = SIMDMask<SIMD16<Int8>>

    @inline(__always) static func load(_ raw: UnsafeRawPointer, _ offset: Int) -> SIMD16<UInt8> {
        raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
    }

    @inline(__always) static func any(_ mask: Mask) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// Calls `body` with `start` plus the index of each true lane, in order, until it returns true; whether it did.
    @inline(__always) static func firstLane(of mask: Mask, from start: Int, where body: (Int) -> Bool) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return firstLane(of: words[0], from: start, where: body)
            || firstLane(of: words[1], from: start + 8, where: body)
    }

    /// The same for one word: eight lanes.
    @inline(__always) private static func firstLane(of word: UInt64, from start: Int, where body: (Int) -> Bool)
        -> Bool
    {
        var bits = word & 0x0101_0101_0101_0101
        while bits != 0 {
            if body(start + bits.trailingZeroBitCount / 8) { return true }
            bits &= bits - 1
        }
        return false
    }

    /// How many bytes of `range` (from its start, sixteen at a time while sixteen remain) `matches` marks, and
    /// where the steps stopped. Each lane of a byte counter takes one from a lane's comparison, and the counters
    /// are summed before any can wrap (255 steps).
    @inline(__always) static func count(
        _ base: UnsafePointer<UInt8>, _ range: Range<Int>, matching matches: (SIMD16<UInt8>) -> Mask
    ) -> (count: Int, end: Int) {
        var i = range.lowerBound
        var count = 0
        while i + 16 <= range.upperBound {
            var lanes = SIMD16<UInt8>()
            let end = min(range.upperBound - 15, i + stepsPerSum * 16)
            while i < end {
                lanes &-= unsafeBitCast(matches(load(base, i)), to: SIMD16<UInt8>.self)
                i += 16
            }
            count += sum(lanes)
        }
        return (count, i)
    }

    /// How many steps a byte counter takes before it must be summed: one more could wrap it.
    static let stepsPerSum = 255

    /// The sum of sixteen byte counters.
    @inline(__always) static func sum(_ lanes: SIMD16<UInt8>) -> Int {
        Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
    }
}
