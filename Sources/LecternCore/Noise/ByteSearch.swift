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

package enum ByteSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstIndex(of: needle, in: haystack, range: 0..<haystack.count) != nil
    }

    /// Where `needle` first occurs inside `range` of `haystack`. memchr for one byte of the needle, then memcmp.
    /// The anchor is the needle's second byte: in Chinese text a lead byte such as E5–E9 starts every few bytes,
    /// a given continuation byte far less often.
    package static func firstIndex(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
        range: Range<Int>
    ) -> Int? {
        guard !needle.isEmpty else { return range.lowerBound }
        guard needle.count <= range.count, let h = haystack.baseAddress, let n = needle.baseAddress else { return nil }
        let anchor = needle.count > 1 ? 1 : 0
        let anchorByte = Int32(needle[anchor])
        var i = range.lowerBound + anchor
        let last = range.upperBound - needle.count + anchor
        while i <= last {
            guard let hit = memchr(h + i, anchorByte, last - i + 1) else { return nil }
            let at = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + at - anchor, n, needle.count) == 0 { return at - anchor }
            i = at + 1
        }
        return nil
    }
}
