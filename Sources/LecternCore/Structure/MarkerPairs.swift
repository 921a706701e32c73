/// Where the first two bytes of 是 (E6 98), 要 (E8 A6), ①–⑳ (E2 91) and 第 (E7 AC) stand in a stretch of text,
/// sixteen positions a step. Every paragraph is searched for inline items, so this runs over the whole text: one
/// pass comparing byte pairs stops only at real pairs, where a memchr for a middle byte stops at every character
/// sharing it (about once in a hundred bytes of Chinese) and takes four passes.
enum MarkerPairs {
    /// Calls `body` with the offset of each middle byte in `from..<to` whose byte before is its lead, in order.
    /// `from` must be at least 1 (the byte before it is read).
    @inline(__always)
    static func forEachMiddle(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ body: (Int) -> Void) {
        guard let base = bytes.baseAddress, from < to else { return }
        let raw = UnsafeRawPointer(base)
        // Vectors spelled out: a literal compared with a vector goes through generic code, many times slower.
        let (shiLead, shiMiddle) = (SIMD16<UInt8>(repeating: 0xE6), SIMD16<UInt8>(repeating: 0x98))
        let (yaoLead, yaoMiddle) = (SIMD16<UInt8>(repeating: 0xE8), SIMD16<UInt8>(repeating: 0xA6))
        let (circledLead, circledMiddle) = (SIMD16<UInt8>(repeating: 0xE2), SIMD16<UInt8>(repeating: 0x91))
        let (diLead, diMiddle) = (SIMD16<UInt8>(repeating: 0xE7), SIMD16<UInt8>(repeating: 0xAC))
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var i = from
        while i + 16 <= to {
            let middle = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let lead = raw.loadUnaligned(fromByteOffset: i - 1, as: SIMD16<UInt8>.self)
            let shi = (middle .== shiMiddle) .& (lead .== shiLead)
            let yao = (middle .== yaoMiddle) .& (lead .== yaoLead)
            let circled = (middle .== circledMiddle) .& (lead .== circledLead)
            let di = (middle .== diMiddle) .& (lead .== diLead)
            // A lane is all ones where a pair stands: its high bit, as two words, gives the positions.
            let lanes = unsafeBitCast((shi .| yao) .| (circled .| di), to: SIMD2<UInt64>.self)
            var low = lanes[0] & highBits
            var high = lanes[1] & highBits
            while low != 0 {
                body(i + low.trailingZeroBitCount / 8)
                low &= low - 1
            }
            while high != 0 {
                body(i + 8 + high.trailingZeroBitCount / 8)
                high &= high - 1
            }
            i += 16
        }
        while i < to {
            if isPair(base[i - 1], base[i]) { body(i) }
            i += 1
        }
    }

    @inline(__always) private static func isPair(_ lead: UInt8, _ middle: UInt8) -> Bool {
        switch middle {
        case 0x98: return lead == 0xE6
        case 0xA6: return lead == 0xE8
        case 0x91: return lead == 0xE2
        case 0xAC: return lead == 0xE7
        default: return false
        }
    }
}
