/// A document's decoded text as an array of Unicode scalar values, so code-point offsets index it directly.
package struct AnchorText: Sendable {
    package let scalars: [UInt32]

    package init(_ text: DecodedText) {
        // Counted first, then decoded into storage of exactly that size: every open builds this for the whole text.
        scalars = text.utf8.withUnsafeBufferPointer { bytes in
            let count = UTF8Text.codePointCount(in: bytes, 0..<bytes.count)
            return [UInt32](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0
                var n = 0
                while i < bytes.count, n < count {
                    let (value, length) = UTF8Text.scalar(in: bytes, at: i)
                    out[n] = value
                    n += 1
                    i += length
                }
                initialized = n
            }
        }
    }

    package init(_ string: String) {
        scalars = string.unicodeScalars.map(\.value)
    }

    package var count: Int { scalars.count }

    /// The text of `range`, clamped to the text.
    package func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        // Encoded straight into the string's storage (every re-anchored passage makes three of these).
        return String(unsafeUninitializedCapacity: (upper - lower) * 4) { out in
            var n = 0
            for value in scalars[lower..<upper] {
                if value < 0x80 {
                    out[n] = UInt8(value)
                    n += 1
                } else if value < 0x800 {
                    out[n] = UInt8(0xC0 | value >> 6)
                    out[n + 1] = UInt8(0x80 | value & 0x3F)
                    n += 2
                } else if value < 0x10000 {
                    out[n] = UInt8(0xE0 | value >> 12)
                    out[n + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    out[n + 2] = UInt8(0x80 | value & 0x3F)
                    n += 3
                } else {
                    out[n] = UInt8(0xF0 | value >> 18)
                    out[n + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    out[n + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    out[n + 3] = UInt8(0x80 | value & 0x3F)
                    n += 4
                }
            }
            return n
        }
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
        return scalars.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { needle in
                for k in 0..<needle.count where text[start + k] != needle[k] { return false }
                return true
            }
        }
    }
}

extension String {
    var scalarValues: [UInt32] { unicodeScalars.map(\.value) }
}
