/// Scalar-level reading of UTF-8 bytes without building `String`s, for the recognizers' hot paths.
enum UTF8Text {
    /// Decodes the scalar starting at `i` (which must be a lead byte) and returns it with its byte length.
    /// Malformed input never reaches here: `TextDecoder` validated it.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return (
            (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F), 4
        )
    }

    /// Start of the scalar that ends just before `i`.
    @inline(__always)
    static func previousScalarStart(in bytes: UnsafeBufferPointer<UInt8>, before i: Int, floor: Int) -> Int {
        var j = i - 1
        while j > floor, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// Number of bytes below 0x20 (C0 controls, tab and line feed among them), sixteen at a time
    /// (`ByteLanes.count`). A folder's small files have every byte counted, so this runs at memory speed.
    static func bytesBelowSpace(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let space = SIMD16<UInt8>(repeating: 0x20)
        var (count, i) = ByteLanes.count(base, 0..<bytes.count) { $0 .< space }
        while i < bytes.count {
            if base[i] < 0x20 { count += 1 }
            i += 1
        }
        return count
    }

    /// Number of code points in `bytes[range]`: every byte that is not a continuation byte starts one.
    /// Counts sixteen bytes at a time (`ByteLanes.count`), then eight: a continuation byte has bit 7 set and bit 6
    /// clear.
    static func codePointCount(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let (topBits, continuationBits) = (SIMD16<UInt8>(repeating: 0xC0), SIMD16<UInt8>(repeating: 0x80))
        var (continuation, i) = ByteLanes.count(base, range) { ($0 & topBits) .== continuationBits }
        while i + 8 <= range.upperBound {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            continuation += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < range.upperBound {
            if base[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return range.count - continuation
    }

    /// Folds the forms that recognition treats as equal: full-width ASCII (！ to ～) to ASCII, the ideographic
    /// space and no-break space to a space. Text is still shown as written; only matching uses the folded value.
    @inline(__always)
    static func folded(_ scalar: UInt32) -> UInt32 {
        if scalar >= 0xFF01, scalar <= 0xFF5E { return scalar - 0xFEE0 }
        if scalar == 0x3000 || scalar == 0xA0 { return 0x20 }
        return scalar
    }

    /// Whitespace trimmed from paragraph edges: ASCII blanks, no-break space, ideographic space, BOM.
    @inline(__always)
    static func isBlank(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x09 || scalar == 0x0B || scalar == 0x0C || scalar == 0xA0 || scalar == 0x3000
            || scalar == 0xFEFF || scalar == 0x2002 || scalar == 0x2003 || scalar == 0x200B
    }
}

/// Reads folded scalars forward from a position; the recognizers' cursor.
struct ScalarCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    let end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        self.bytes = bytes
        self.position = start
        self.end = end
    }

    var isAtEnd: Bool { position >= end }

    /// The folded scalar at the cursor, without moving.
    func peek() -> UInt32? {
        guard position < end else { return nil }
        return UTF8Text.folded(UTF8Text.scalar(in: bytes, at: position).value)
    }

    @discardableResult
    mutating func next() -> UInt32? {
        guard position < end else { return nil }
        let (value, length) = UTF8Text.scalar(in: bytes, at: position)
        position += length
        return UTF8Text.folded(value)
    }

    mutating func skipBlanks() {
        while let s = peek(), s == 0x20 || s == 0x09 { next() }
    }

    /// Consumes `scalar` if it is next.
    mutating func consume(_ scalar: UInt32) -> Bool {
        guard peek() == scalar else { return false }
        next()
        return true
    }
}
