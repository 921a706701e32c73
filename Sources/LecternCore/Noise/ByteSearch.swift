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
    /// memchr for one byte of the needle, then memcmp. The anchor is the needle's second byte: in Chinese text
    /// a lead byte such as E5–E9 starts every few bytes, a given continuation byte far less often.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count, let h = haystack.baseAddress, let n = needle.baseAddress else { return false }
        let anchor = needle.count > 1 ? 1 : 0
        let anchorByte = Int32(needle[anchor])
        var i = anchor
        let last = haystack.count - needle.count + anchor
        while i <= last {
            guard let hit = memchr(h + i, anchorByte, last - i + 1) else { return false }
            let at = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + at - anchor, n, needle.count) == 0 { return true }
            i = at + 1
        }
        return false
    }
}
