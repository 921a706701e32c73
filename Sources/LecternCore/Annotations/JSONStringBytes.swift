import Foundation

/// The byte-level steps of reading a JSON string, shared by the sidecar's JSON parser and its canonical reader.
/// A sidecar is mostly the text of its quotes, so these run over most of its bytes.
enum JSONStringBytes {
    /// The offset of the first byte at or after `start` that is a quote, a backslash or a control character
    /// (below 0x20), or `bytes.count`: where a string's plain run ends.
    static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var i = start
        // Eight bytes at a time. The has-zero-byte test, (x − 0x01…) & ~x & 0x80…, is exact as to whether any byte
        // of x is zero (and its has-less-than-n form whether any byte is below n ≤ 0x80), so a word without a match
        // is skipped whole and the word with one is stepped through below.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let quoteFound = (quotes &- ones) & ~quotes
            let backslashFound = (backslashes &- ones) & ~backslashes
            let controlFound = (word &- ones &* 0x20) & ~word
            if (quoteFound | backslashFound | controlFound) & highBits != 0 { break }
            i += 8
        }
        while i < count, base[i] != UInt8(ascii: "\""), base[i] != UInt8(ascii: "\\"), base[i] >= 0x20 { i += 1 }
        return i
    }

    /// The string of well-formed UTF-8 `bytes`, or nil (accepting exactly what `String(validating:)` accepts).
    static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Decoding repairs ill-formed input and leaves well-formed input as it is, so the string's bytes equal the
        // input exactly when the input was well formed: comparing them is cheaper than validating a second time.
        let string = String(decoding: bytes, as: UTF8.self)
        let same =
            string.utf8.withContiguousStorageIfAvailable { equal($0, bytes) } ?? string.utf8.elementsEqual(bytes)
        return same ? string : nil
    }

    /// True when the bytes of `a` and `b` are the same.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }
}
