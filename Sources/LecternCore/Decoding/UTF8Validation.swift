/// A UTF-8 validator: sixteen bytes a step where it can, byte by byte where it must.
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

    /// What one pass over a buffer finds: where its first invalid sequence starts (nil when it is valid UTF-8),
    /// whether it holds a NUL, a CR or a line feed, and how many bytes below 0x20 (the last four looked for up to
    /// the first invalid sequence at least; exact for a valid buffer).
    struct Scan: Equatable {
        var firstInvalid: Int?
        var hasNUL = false
        var hasCR = false
        var hasLineFeed = false
        var bytesBelowSpace = 0
    }

    static func firstInvalidOffset(in buffer: UnsafeBufferPointer<UInt8>) -> Int? { scan(buffer).firstInvalid }

    /// Validates sixteen bytes a step with vector compares, each byte checked against the three before it: a
    /// byte must be a continuation exactly when a lead one, two or three bytes back calls for one; no byte is
    /// C0, C1 or F5–FF; and the second byte after E0, ED, F0 and F4 keeps to its narrower range (no overlong
    /// form, surrogate or code point past U+10FFFF). That is the whole of UTF-8's rule, so a step that passes
    /// is valid; one that fails is looked at again byte by byte, for the offset. The first three bytes, the last
    /// few and a failing step go the scalar way.
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Scan {
        let count = buffer.count
        guard let base = buffer.baseAddress, count > 0 else { return Scan() }
        var result = Scan()
        // The vector steps read the three bytes before each: the first sequences are checked one by one.
        var (invalid, i) = scalarFirstInvalid(base, from: 0, startingBefore: min(3, count), count: count)
        noteControls(base, 0..<min(i, count), into: &result)
        guard invalid == nil else {
            result.firstInvalid = invalid
            return result
        }
        // Spelled out: a literal compared with a vector goes through generic code, many times slower.
        let (x0A, x0D, x80, x8F, x90, x9F) = (
            SIMD16<UInt8>(repeating: 0x0A), SIMD16<UInt8>(repeating: 0x0D), SIMD16<UInt8>(repeating: 0x80),
            SIMD16<UInt8>(repeating: 0x8F), SIMD16<UInt8>(repeating: 0x90), SIMD16<UInt8>(repeating: 0x9F)
        )
        let (xA0, xC0, xE0, xED, xF0, xF4, xF5, xFE) = (
            SIMD16<UInt8>(repeating: 0xA0), SIMD16<UInt8>(repeating: 0xC0), SIMD16<UInt8>(repeating: 0xE0),
            SIMD16<UInt8>(repeating: 0xED), SIMD16<UInt8>(repeating: 0xF0), SIMD16<UInt8>(repeating: 0xF4),
            SIMD16<UInt8>(repeating: 0xF5), SIMD16<UInt8>(repeating: 0xFE)
        )
        let zero = SIMD16<UInt8>(repeating: 0)
        let space = SIMD16<UInt8>(repeating: 0x20)
        var belowSpace = 0
        // Bytes below a space counted lane by lane, summed before a lane can wrap: counting each step's mask
        // would take a population count a step, which the baseline x86-64 does without an instruction.
        var belowSpaceLanes = SIMD16<UInt8>()
        var stepsInLanes = 0
        let none = SIMDMask<SIMD16<Int8>>(repeating: false)
        var (nul, cr, lineFeed) = (none, none, none)
        let raw = UnsafeRawPointer(base)
        let vectorStart = i
        while i + 16 <= count {
            let byte = ByteLanes.load(raw, i)
            let back1 = ByteLanes.load(raw, i - 1)
            let back2 = ByteLanes.load(raw, i - 2)
            let back3 = ByteLanes.load(raw, i - 3)
            let isContinuation = (byte & xC0) .== x80
            let wanted = (back1 .>= xC0) .| (back2 .>= xE0) .| (back3 .>= xF0)
            var bad = isContinuation .^ wanted
            bad .|= (byte .>= xF5) .| ((byte & xFE) .== xC0)
            bad .|= ((back1 .== xE0) .& (byte .< xA0)) .| ((back1 .== xED) .& (byte .> x9F))
            bad .|= ((back1 .== xF0) .& (byte .< x90)) .| ((back1 .== xF4) .& (byte .> x8F))
            if ByteLanes.any(bad) { break }
            nul .|= byte .== zero
            cr .|= byte .== x0D
            lineFeed .|= byte .== x0A
            belowSpaceLanes &-= unsafeBitCast(byte .< space, to: SIMD16<UInt8>.self)
            stepsInLanes += 1
            if stepsInLanes == ByteLanes.stepsPerSum {
                belowSpace += ByteLanes.sum(belowSpaceLanes)
                (belowSpaceLanes, stepsInLanes) = (SIMD16(), 0)
            }
            i += 16
        }
        belowSpace += ByteLanes.sum(belowSpaceLanes)
        result.hasNUL = result.hasNUL || any(nul)
        result.hasCR = result.hasCR || any(cr)
        result.hasLineFeed = result.hasLineFeed || any(lineFeed)
        result.bytesBelowSpace += belowSpace
        // The prefix ended at a sequence's end; a last step may have ended inside one, which a step cannot see.
        guard i < count || i > vectorStart else { return result }
        // The rest, or the step that failed, from the start of the last sequence before it: all before `i` is
        // valid, so the last of any four bytes there that is not a continuation starts one.
        var start = i - 1
        while start > i - 4, base[start] & 0xC0 == 0x80 { start -= 1 }
        (invalid, _) = scalarFirstInvalid(base, from: start, startingBefore: count, count: count)
        // Bytes before `i` were counted by the steps.
        noteControls(base, i..<max(i, invalid ?? count), into: &result)
        result.firstInvalid = invalid
        return result
    }

    private static func noteControls(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, into result: inout Scan) {
        for k in range where base[k] < 0x20 {
            result.bytesBelowSpace += 1
            switch base[k] {
            case 0: result.hasNUL = true
            case 0x0D: result.hasCR = true
            case 0x0A: result.hasLineFeed = true
            default: break
            }
        }
    }

    /// Validates the sequences that start at `from` and on, before `limit`: the first invalid one's offset, or
    /// nil and where the next sequence starts.
    private static func scalarFirstInvalid(
        _ base: UnsafePointer<UInt8>, from: Int, startingBefore limit: Int, count: Int
    ) -> (invalid: Int?, next: Int) {
        var i = from
        while i < limit {
            let lead = base[i]
            if lead < 0x80 {
                // ASCII: skip whole words of it.
                i += 1
                while i + 8 <= limit,
                    UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8
                }
                continue
            }
            // The three-byte sequences of Chinese text in one test of four bytes: a lead E1–EC or EE–EF (E0 and
            // ED restrict their second byte, so they take the general path) and two continuation bytes. Two of
            // them at once where eight bytes remain: most of a Chinese text is runs of them.
            if i + 8 <= count, i + 3 < limit {
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
            default: return (i, i)
            }
            guard i + length <= count else { return (i, i) }
            let second = base[i + 1]
            guard second >= lower, second <= upper else { return (i, i) }
            var k = 2
            while k < length {
                guard base[i + k] & 0xC0 == 0x80 else { return (i, i) }
                k += 1
            }
            i += length
        }
        return (nil, i)
    }
}
