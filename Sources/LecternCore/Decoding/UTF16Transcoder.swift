/// UTF-16 (either byte order, the BOM already skipped) → UTF-8 in one pass. A surrogate pair becomes one
/// four-byte sequence; a lone surrogate is invalid; a final odd byte is dropped — all as Foundation did.
enum UTF16Transcoder {
    /// UTF-8 for UTF-16 `bytes`, split across workers at even offsets that do not fall inside a surrogate pair.
    static func utf8(from bytes: ArraySlice<UInt8>, bigEndian: Bool, workers: Int? = nil) -> Transcoding.Outcome {
        let even = bytes.count & ~1
        return bytes.withUnsafeBufferPointer { whole in
            let input = UnsafeBufferPointer(rebasing: whole[0..<even])
            let parts = unitAlignedRanges(
                input, bigEndian: bigEndian,
                parts: workers ?? ParallelWork.workerCount(forBytes: input.count))
            // Two bytes become at most three (a pair's four bytes become four).
            return Transcoding.run(input, parts: parts, room: { $0 * 3 / 2 + 16 }) { part, out, _ in
                bigEndian ? transcode(part, into: out, swapped: true) : transcode(part, into: out, swapped: false)
            }
        }
    }

    /// Even cuts, each moved past a low surrogate so that a pair stays in one part.
    static func unitAlignedRanges(_ input: UnsafeBufferPointer<UInt8>, bigEndian: Bool, parts: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for k in 1..<max(parts, 1) {
            var cut = (input.count * k / parts) & ~1
            while cut < input.count, unit(input, at: cut, bigEndian: bigEndian) & 0xFC00 == 0xDC00 { cut += 2 }
            if cut <= start || cut >= input.count { continue }
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<input.count)
        return ranges
    }

    private static func unit(_ input: UnsafeBufferPointer<UInt8>, at offset: Int, bigEndian: Bool) -> UInt16 {
        let (first, second) = (UInt16(input[offset]), UInt16(input[offset + 1]))
        return bigEndian ? first << 8 | second : second << 8 | first
    }

    /// One part of an even length. A word of four ASCII units is written as four bytes at once.
    @inline(__always)
    static func transcode(
        _ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>,
        swapped: Bool
    ) -> Transcoding.Step {
        guard let raw = input.baseAddress else { return .written(0) }
        let base = UnsafeRawPointer(raw)
        let units = input.count / 2
        // Four units are ASCII when each high byte is 0 and each low byte below 0x80 (on a little-endian host,
        // which every platform Lectern builds for is; `swapped` means the text is big-endian).
        let asciiMask: UInt64 = swapped ? 0x80FF_80FF_80FF_80FF : 0xFF80_FF80_FF80_FF80
        var i = 0
        var o = 0
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            let value = base.loadUnaligned(fromByteOffset: k * 2, as: UInt16.self)
            return UInt32(swapped ? value.byteSwapped : value)
        }
        while i < units {
            while i + 4 <= units {
                var word = base.loadUnaligned(fromByteOffset: i * 2, as: UInt64.self)
                if word & asciiMask != 0 { break }
                if swapped { word >>= 8 }
                // Units are little-endian in the word now (bytes 0, 2, 4, 6 hold the characters).
                let packed =
                    (word & 0xFF) | (word >> 8 & 0xFF00) | (word >> 16 & 0xFF_0000) | (word >> 24 & 0xFF00_0000)
                UnsafeMutableRawPointer(out + o).storeBytes(of: UInt32(truncatingIfNeeded: packed), as: UInt32.self)
                i += 4
                o += 4
            }
            guard i < units else { break }
            let value = unit(i)
            if value & 0xF800 != 0xD800 {
                o += (out + o).storeUTF8(value)
                i += 1
            } else if value < 0xDC00, i + 1 < units, unit(i + 1) & 0xFC00 == 0xDC00 {
                let low = unit(i + 1)
                o += (out + o).storeUTF8(0x1_0000 + ((value - 0xD800) << 10 | (low - 0xDC00)))
                i += 2
            } else {
                return .invalid(at: i * 2)
            }
        }
        return .written(o)
    }
}
