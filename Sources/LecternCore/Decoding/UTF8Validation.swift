/// A byte-level UTF-8 validator with an ASCII fast path (eight bytes at a time).
enum UTF8Validation {
    /// Ranges that each start at a byte that is not a continuation byte (within three bytes of an even split),
    /// so each part validates on its own exactly as the whole would.
    static func leadAlignedRanges(_ buffer: UnsafeBufferPointer<UInt8>, parts: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for i in 1..<max(parts, 1) {
            var cut = buffer.count * i / parts
            var steps = 0
            while cut < buffer.count, buffer[cut] & 0xC0 == 0x80, steps < 3 {
                cut += 1
                steps += 1
            }
            if cut <= start || cut >= buffer.count { continue }
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<buffer.count)
        return ranges
    }

    static func firstInvalidOffset(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = buffer.count
        guard let base = buffer.baseAddress else { return nil }
        var i = 0
        while i < count {
            let lead = base[i]
            if lead < 0x80 {
                // ASCII: skip whole words of it.
                i += 1
                while i + 8 <= count,
                    UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8
                }
                continue
            }
            // The three-byte sequences of Chinese text in one test of four bytes: a lead E1–EC or EE–EF (E0 and
            // ED restrict their second byte, so they take the general path) and two continuation bytes. Two of
            // them at once where eight bytes remain: most of a Chinese text is runs of them.
            if i + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let secondLead = UInt8(truncatingIfNeeded: word >> 24)
                if word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0, lead != 0xE0, lead != 0xED,
                    secondLead != 0xE0, secondLead != 0xED
                {
                    i += 6
                    continue
                }
            }
            if i + 4 <= count {
                let word = UInt32(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self))
                if word & 0x00C0_C0F0 == 0x0080_80E0, lead != 0xE0, lead != 0xED {
                    i += 3
                    continue
                }
            } else if lead >= 0xE1, lead != 0xED, lead <= 0xEF, i + 2 < count,
                base[i + 1] & 0xC0 == 0x80, base[i + 2] & 0xC0 == 0x80
            {
                i += 3
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return i
            }
            guard i + length <= count else { return i }
            let second = base[i + 1]
            guard second >= lower, second <= upper else { return i }
            var k = 2
            while k < length {
                guard base[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += length
        }
        return nil
    }
}
