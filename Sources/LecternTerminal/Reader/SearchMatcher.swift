import LecternCore

/// Literal search straight over UTF-8 bytes that treats half- and full-width forms alike and ignores case:
/// ＡＢＣ finds abc, ，finds ",", ｡ finds 。. Scanning bytes keeps an incremental search over a 100 MB document
/// to a fraction of a second.
public struct SearchMatcher: Sendable {
    public let pattern: [UInt32]
    /// The UTF-8 bytes of the first character when it is the only one that folds to itself (a Chinese character,
    /// say), so candidates can be found with memchr instead of decoding every character.
    private let exactFirst: [UInt8]?

    public init(_ query: String) {
        pattern = query.unicodeScalars.map { SearchMatcher.fold($0.value) }
        exactFirst = pattern.first.flatMap { first in
            Self.foldsOnlyFromItself(first) ? Array(String(Unicode.Scalar(first)!).utf8) : nil
        }
    }

    /// True for Chinese characters, kana, hangul and CJK symbols that no other scalar folds to. (Other scripts
    /// can be the lower case of letters far away: Cherokee ꭰ is the lower case of Ꭰ.)
    static func foldsOnlyFromItself(_ value: UInt32) -> Bool {
        switch value {
        case 0x3001, 0x3002, 0x300C, 0x300D: return false  // the targets of half-width 、 。 「 」
        case 0x3003...0x303F, 0x3040...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Byte ranges of every non-overlapping match inside `range` of `bytes` (valid UTF-8).
    public func matches(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        forEachMatch(in: bytes, range) { out.append($0) }
        return out
    }

    /// Byte ranges of the matches in a string, for tests and small texts.
    public func matches(in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { matches(in: $0, 0..<$0.count) }
    }

    /// Calls `body` with every non-overlapping match inside `range`, in order, collecting nothing itself (a
    /// search over a big document appends straight to its list of hits).
    public func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        guard let first = pattern.first else { return }
        var i = range.lowerBound
        if let exactFirst {
            exactFirst.withUnsafeBufferPointer { needle in
                // In valid UTF-8 a character's bytes occur only where that character starts.
                while i < range.upperBound,
                    let start = ByteSearch.firstIndex(of: needle, in: bytes, range: i..<range.upperBound)
                {
                    if let end = matchRest(bytes, from: start + needle.count, limit: range.upperBound) {
                        body(start..<end)
                        i = end
                    } else {
                        i = start + needle.count
                    }
                }
            }
            return
        }
        while i < range.upperBound {
            let (value, length) = UTF8Scalar.decode(bytes, at: i)
            if Self.fold(value) == first, let end = matchRest(bytes, from: i + length, limit: range.upperBound) {
                body(i..<end)
                i = end
            } else {
                i += length
            }
        }
    }

    private func matchRest(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var j = start
        for expected in pattern.dropFirst() {
            guard j < limit else { return nil }
            let (value, length) = UTF8Scalar.decode(bytes, at: j)
            guard Self.fold(value) == expected else { return nil }
            j += length
        }
        return j
    }

    /// Full-width ASCII forms become ASCII, half-width CJK punctuation full-width, the ideographic space a space;
    /// Latin, Greek and Cyrillic capitals become lower case.
    @inline(__always)
    public static func fold(_ scalar: UInt32) -> UInt32 {
        var v = scalar
        switch v {
        case 0xFF01...0xFF5E: v -= 0xFEE0
        case 0x3000: return 0x20
        case 0xFF61: return 0x3002
        case 0xFF62: return 0x300C
        case 0xFF63: return 0x300D
        case 0xFF64: return 0x3001
        default: break
        }
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? v + 0x20 : v }
        if v < 0x3000, let s = Unicode.Scalar(v), s.properties.changesWhenLowercased,
            let lower = s.properties.lowercaseMapping.unicodeScalars.first,
            s.properties.lowercaseMapping.unicodeScalars.count == 1
        {
            return lower.value
        }
        return v
    }
}
