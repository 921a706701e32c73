import Foundation

/// Substring tests on UTF-8 bytes. Foundation's `String.contains` bridges on Linux and costs microseconds a
/// call; the noise rules run on every short line, so they compare bytes.
extension String {
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { n in ByteSearch.contains(h, n) } }
    }
}

enum ByteSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count, let h = haystack.baseAddress, let n = needle.baseAddress else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            guard let hit = memchr(h + i, Int32(first), last - i + 1) else { return false }
            let at = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + at, n, needle.count) == 0 { return true }
            i = at + 1
        }
        return false
    }
}
