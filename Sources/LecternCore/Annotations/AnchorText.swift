import Algorithms
import Foundation

/// A document's decoded text addressed by code point, as annotations address it: the document's own UTF-8 (not a
/// copy) and a sparse index, the byte offset of every `stride`-th code point. An offset is found by one lookup and
/// a walk over fewer than `stride` characters; the index takes 4 bytes for `stride` code points, where a decoded
/// array of the text took 4 bytes for each (a 100 MB text: 2 MB instead of 140 MB).
package struct AnchorText: Sendable {
    private let utf8: TextBytes
    /// `checkpoints[k]` is the byte offset of code point `k * stride`.
    private let checkpoints: [UInt32]
    package let count: Int

    static let stride = 64

    package init(_ text: DecodedText) {
        let bytes = text.utf8
        utf8 = bytes
        (checkpoints, count) = bytes.readingFrontToBack { reached in
            bytes.withUnsafeBufferPointer { Self.index($0, reached: reached) }
        }
    }

    package init(_ string: String) {
        self.init(DecodedText(utf8: Array(string.utf8), encoding: .utf8, lineEnding: .lf))
    }

    /// One pass over the bytes, eight at a time: a byte that is not a continuation byte starts a code point.
    /// `reached` is told how far the pass has read, every few megabytes.
    private static func index(_ bytes: UnsafeBufferPointer<UInt8>, reached: (Int) -> Void) -> (
        checkpoints: [UInt32], count: Int
    ) {
        var checkpoints: [UInt32] = []
        // Room for Chinese text, three bytes a character; other text grows the array as it goes.
        checkpoints.reserveCapacity(bytes.count / (stride * 3) + 1)
        var codePoints = 0
        guard let base = bytes.baseAddress else { return ([0], 0) }
        func visit(_ i: Int) {
            if codePoints % stride == 0 { checkpoints.append(UInt32(i)) }
            codePoints += 1
        }
        var i = 0
        var nextReport = 0
        while i + 8 <= bytes.count {
            if i >= nextReport {
                reached(i)
                nextReport = i + PageReleaser.frontToBackStep
            }
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let starts = (~(word & ~(word << 1)) & 0x8080_8080_8080_8080).nonzeroBitCount
            // Most words hold no checkpoint (no code point here has an index divisible by `stride`): counted whole.
            let next = codePoints % stride
            if starts == 0 || (next != 0 && next + starts <= stride) {
                codePoints += starts
            } else {
                for k in 0..<8 where base[i + k] & 0xC0 != 0x80 { visit(i + k) }
            }
            i += 8
        }
        while i < bytes.count {
            if base[i] & 0xC0 != 0x80 { visit(i) }
            i += 1
        }
        if checkpoints.isEmpty { checkpoints.append(0) }
        return (checkpoints, codePoints)
    }

    /// The byte offset of code point `offset` (0...count).
    private func byteOffset(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard offset < count else { return bytes.count }
        var i = Int(checkpoints[offset / Self.stride])
        for _ in 0..<(offset % Self.stride) { i += UTF8Text.scalar(in: bytes, at: i).length }
        return i
    }

    /// The code point that starts at byte `i` (a character's first byte), or the count at the end.
    private func codePoint(atByte i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // The last checkpoint at or before i, then the characters from it.
        let k = checkpoints.partitioningIndex { Int($0) > i } - 1
        return k * Self.stride + UTF8Text.codePointCount(in: bytes, Int(checkpoints[k])..<i)
    }

    private func clamped(_ range: Range<Int>) -> Range<Int> {
        let lower = max(0, min(range.lowerBound, count))
        return lower..<max(lower, min(range.upperBound, count))
    }

    /// The text of `range`, clamped to the text.
    package func string(_ range: Range<Int>) -> String {
        let range = clamped(range)
        return utf8.withUnsafeBufferPointer { bytes in
            let start = byteOffset(range.lowerBound, in: bytes)
            let end = byteOffset(range.upperBound, in: bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The code points of `range`, clamped to the text.
    package func scalars(_ range: Range<Int>) -> [UInt32] {
        let range = clamped(range)
        return utf8.withUnsafeBufferPointer { bytes in
            var i = byteOffset(range.lowerBound, in: bytes)
            return [UInt32](unsafeUninitializedCapacity: range.count) { out, initialized in
                for n in 0..<range.count {
                    let (value, length) = UTF8Text.scalar(in: bytes, at: i)
                    out[n] = value
                    i += length
                }
                initialized = range.count
            }
        }
    }

    /// Every code point of the text, for the searches that look at all of it (a re-anchoring after edits builds its
    /// trigram index from them). The array lives as long as that work, not as long as the text.
    package func decodedScalars() -> [UInt32] {
        utf8.releasingPages { scalars(0..<count) }
    }

    /// Up to `TextQuote.contextLength` code points before `start`.
    package func prefix(before start: Int) -> String {
        string(max(0, start - TextQuote.contextLength)..<start)
    }

    /// Up to `TextQuote.contextLength` code points from `end`.
    package func suffix(after end: Int) -> String {
        string(end..<min(count, end + TextQuote.contextLength))
    }

    /// The quote selector of `range`: its text and the context on each side.
    package func quote(_ range: Range<Int>) -> TextQuote {
        TextQuote(
            exact: string(range), prefix: prefix(before: range.lowerBound), suffix: suffix(after: range.upperBound))
    }

    /// True when the text at `start` is `needle`.
    package func matches(_ needle: [UInt32], at start: Int) -> Bool {
        guard start >= 0, start + needle.count <= count else { return false }
        return utf8.withUnsafeBufferPointer { bytes in
            var i = byteOffset(start, in: bytes)
            for value in needle {
                let (scalar, length) = UTF8Text.scalar(in: bytes, at: i)
                if scalar != value { return false }
                i += length
            }
            return true
        }
    }

    /// The starts of `needle`'s occurrences, each after the end of the one before (they do not overlap), up to
    /// `limit` of them. Sought in the UTF-8 (`ByteSearch`; a needle's first byte starts a character, so every byte
    /// match is a match of characters); only the matches are turned into code-point offsets.
    package func occurrences(of needle: String, limit: Int = .max) -> [Int] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, limit > 0 else { return [] }
        // A quote missing from the text is sought through all of it: the pages behind the search go back.
        return utf8.readingFrontToBack { reached in
            utf8.withUnsafeBufferPointer { bytes in
                pattern.withUnsafeBufferPointer { pattern in
                    var found: [Int] = []
                    var i = 0
                    // A window at a time, so the search says how far it has got as it goes.
                    while found.count < limit, i + pattern.count <= bytes.count {
                        let windowEnd = min(bytes.count, i + PageReleaser.frontToBackStep + pattern.count - 1)
                        if let at = ByteSearch.firstIndex(of: pattern, in: bytes, range: i..<windowEnd) {
                            found.append(codePoint(atByte: at, in: bytes))
                            i = at + pattern.count
                        } else {
                            // The next window starts at the first place a match could still begin.
                            i = windowEnd - pattern.count + 1
                        }
                        reached(i)
                    }
                    return found
                }
            }
        }
    }
}

extension String {
    var scalarValues: [UInt32] { unicodeScalars.map(\.value) }
}
