/// Every position of every three-code-point sequence in a text, sorted, so a quote's occurrences and the
/// candidate places for a fuzzy match are found by binary search instead of scanning the whole text.
///
/// Three scalars (21 bits each) pack exactly into one 64-bit key, so keys never collide.
public struct TrigramIndex: Sendable {
    private struct Entry: Comparable {
        let key: UInt64
        let position: Int32
        static func < (a: Entry, b: Entry) -> Bool { a.key < b.key || (a.key == b.key && a.position < b.position) }
    }

    private let entries: [Entry]

    public init(_ scalars: [UInt32]) {
        var entries: [Entry] = []
        if scalars.count >= 3 {
            entries.reserveCapacity(scalars.count - 2)
            for i in 0..<(scalars.count - 2) {
                entries.append(Entry(key: Self.key(scalars[i], scalars[i + 1], scalars[i + 2]), position: Int32(i)))
            }
        }
        entries.sort()
        self.entries = entries
    }

    @inline(__always)
    static func key(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
        UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c)
    }

    /// Index range in the sorted entries of the trigram starting `needle[offset]`.
    private func span(of key: UInt64) -> Range<Int> {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        var step = 1
        // Gallop then bisect to the end of the run.
        while end + step <= entries.count, entries[end + step - 1].key == key { end += step; step *= 2 }
        var upper = min(entries.count, end + step)
        while end < upper {
            let mid = (end + upper) / 2
            if entries[mid].key == key { end = mid + 1 } else { upper = mid }
        }
        return lo..<end
    }

    /// How many times the trigram at `needle[offset...]` occurs.
    public func count(_ needle: [UInt32], at offset: Int) -> Int {
        span(of: Self.key(needle[offset], needle[offset + 1], needle[offset + 2])).count
    }

    /// Positions (ascending) where the trigram at `needle[offset...]` occurs.
    public func positions(_ needle: [UInt32], at offset: Int) -> [Int] {
        span(of: Self.key(needle[offset], needle[offset + 1], needle[offset + 2])).map { Int(entries[$0].position) }
    }
}
