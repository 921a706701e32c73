import Algorithms
import Foundation

/// GB18030 → UTF-8 in one pass over the bytes, table-driven.
///
/// One byte: ASCII, and 0x80 (the euro sign, as Foundation reads it). Two bytes (lead 0x81–0xFE, trail
/// 0x40–0x7E or 0x80–0xFE): a table of 126 × 190 BMP code points, derived once, at first use, from Foundation's
/// own conversion of all the codes in one call (a few milliseconds; `lectern-benchmark` prints it), so the mapping
/// is exactly Foundation's, and kept as their UTF-8. Four bytes (0x81–0xFE, 0x30–0x39, 0x81–0xFE, 0x30–0x39): a
/// linear index, mapped to the BMP through the ranges below, or to U+10000–U+10FFFF from 0x90308130 on. Anything
/// else is invalid, as in Foundation.
enum GB18030 {
    /// Foundation's name for GB18030 (kCFStringEncodingGB_18030_2000 as an NSStringEncoding; no named constant).
    static let foundationEncoding = String.Encoding(rawValue: 0x8000_0632)

    static let leadCount = 126
    static let trailCount = 190

    /// The UTF-8 of each two-byte code, row by lead byte: up to three bytes in the low bytes (first byte lowest),
    /// their count in the high byte; 0 where Foundation decodes none.
    static let twoByteUTF8: [UInt32] = twoByteScalars().map(packedUTF8)

    /// All two-byte codes in table order, one after another.
    static func twoByteCodes() -> [UInt8] {
        var codes: [UInt8] = []
        codes.reserveCapacity(leadCount * trailCount * 2)
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                codes.append(lead)
                codes.append(trail)
            }
        }
        return codes
    }

    /// The BMP code point of each two-byte code (0 where there is none): all codes decoded in one Foundation call,
    /// or one code at a time if that call fails.
    static func twoByteScalars(oneByOne: Bool = false) -> [UInt16] {
        let codes = twoByteCodes()
        if !oneByOne, let string = String(data: Data(codes), encoding: foundationEncoding) {
            var scalars: [UInt16] = []
            scalars.reserveCapacity(codes.count / 2)
            for scalar in string.unicodeScalars {
                guard scalar.value >= 0x80, scalar.value <= 0xFFFF else { break }
                scalars.append(UInt16(truncatingIfNeeded: scalar.value))
            }
            if scalars.count * 2 == codes.count { return scalars }  // one scalar per code, all in the BMP
        }
        return stride(from: 0, to: codes.count, by: 2).map { k in
            guard let string = String(data: Data(codes[k..<(k + 2)]), encoding: foundationEncoding) else { return 0 }
            let scalars = Array(string.unicodeScalars)
            guard scalars.count == 1, scalars[0].value >= 0x80, scalars[0].value <= 0xFFFF else { return 0 }
            return UInt16(truncatingIfNeeded: scalars[0].value)
        }
    }

    static func packedUTF8(_ scalar: UInt16) -> UInt32 {
        guard scalar != 0 else { return 0 }
        var bytes: UInt32 = 0
        let length = withUnsafeMutableBytes(of: &bytes) { raw in
            raw.baseAddress!.assumingMemoryBound(to: UInt8.self).storeUTF8(UInt32(scalar))
        }
        return UInt32(littleEndian: bytes) | UInt32(length) << 24
    }

    /// Four-byte codes 0x81308130–0x8431A439 in order (linear index 0–39419) map to these BMP code points: from
    /// `rangeStarts[k]` on, index i is `rangeScalars[k] + (i − rangeStarts[k])` (the GB18030 ranges table, read off
    /// Foundation's conversion of all 39,420 codes; a test checks every one).
    static let rangeStarts: [UInt16] = [
        0, 36, 38, 45, 50, 81, 89, 95, 96, 100, 103, 104, 105, 109,
        126, 133, 148, 172, 175, 179, 208, 306, 307, 308, 309, 310, 311, 312,
        313, 341, 428, 443, 544, 545, 558, 741, 742, 749, 750, 805, 819, 820,
        7457, 7458, 7922, 7924, 7925, 7927, 7934, 7943, 7944, 7945, 7950, 8062, 8148, 8149,
        8152, 8164, 8174, 8236, 8240, 8262, 8264, 8374, 8380, 8381, 8384, 8388, 8390, 8392,
        8393, 8394, 8396, 8401, 8406, 8416, 8419, 8424, 8437, 8439, 8445, 8482, 8485, 8496,
        8521, 8603, 8936, 8946, 9046, 9050, 9063, 9066, 9076, 9092, 9100, 9108, 9111, 9113,
        9131, 9162, 9164, 9218, 9219, 11329, 11331, 11334, 11336, 11346, 11361, 11363, 11366, 11370,
        11372, 11375, 11389, 11682, 11686, 11687, 11692, 11694, 11714, 11716, 11723, 11725, 11730, 11736,
        11982, 11989, 12102, 12336, 12348, 12350, 12384, 12393, 12395, 12397, 12510, 12553, 12851, 12962,
        12973, 13738, 13823, 13919, 13933, 14080, 14298, 14585, 14698, 15583, 15847, 16318, 16434, 16438,
        16481, 16729, 17102, 17122, 17315, 17320, 17402, 17418, 17859, 17909, 17911, 17915, 17916, 17936,
        17939, 17961, 18664, 18703, 18814, 18962, 19043, 33469, 33470, 33471, 33484, 33485, 33490, 33497,
        33501, 33505, 33513, 33520, 33536, 33550, 37845, 37921, 37948, 38029, 38038, 38064, 38065, 38066,
        38069, 38075, 38076, 38078, 39108, 39109, 39113, 39114, 39115, 39116, 39265, 39394,
    ]
    static let rangeScalars: [UInt16] = [
        0x80, 0xA5, 0xA9, 0xB2, 0xB8, 0xD8, 0xE2, 0xEB, 0xEE, 0xF4, 0xF8, 0xFB,
        0xFD, 0x102, 0x114, 0x11C, 0x12C, 0x145, 0x149, 0x14E, 0x16C, 0x1CF, 0x1D1, 0x1D3,
        0x1D5, 0x1D7, 0x1D9, 0x1DB, 0x1DD, 0x1FA, 0x252, 0x262, 0x2C8, 0x2CC, 0x2DA, 0x3A2,
        0x3AA, 0x3C2, 0x3CA, 0x402, 0x450, 0x452, 0xE7C7, 0x1E40, 0x2011, 0x2017, 0x201A, 0x201E,
        0x2027, 0x2031, 0x2034, 0x2036, 0x203C, 0x20AD, 0x2104, 0x2106, 0x210A, 0x2117, 0x2122, 0x216C,
        0x217A, 0x2194, 0x219A, 0x2209, 0x2210, 0x2212, 0x2216, 0x221B, 0x2221, 0x2224, 0x2226, 0x222C,
        0x222F, 0x2238, 0x223E, 0x2249, 0x224D, 0x2253, 0x2262, 0x2268, 0x2270, 0x2296, 0x229A, 0x22A6,
        0x22C0, 0x2313, 0x246A, 0x249C, 0x254C, 0x2574, 0x2590, 0x2596, 0x25A2, 0x25B4, 0x25BE, 0x25C8,
        0x25CC, 0x25D0, 0x25E6, 0x2607, 0x260A, 0x2641, 0x2643, 0x2E82, 0x2E85, 0x2E89, 0x2E8D, 0x2E98,
        0x2EA8, 0x2EAB, 0x2EAF, 0x2EB4, 0x2EB8, 0x2EBC, 0x2ECB, 0x2FFC, 0x3004, 0x3018, 0x301F, 0x302A,
        0x303F, 0x3094, 0x309F, 0x30F7, 0x30FF, 0x312A, 0x322A, 0x3232, 0x32A4, 0x3390, 0x339F, 0x33A2,
        0x33C5, 0x33CF, 0x33D3, 0x33D6, 0x3448, 0x3474, 0x359F, 0x360F, 0x361B, 0x3919, 0x396F, 0x39D1,
        0x39E0, 0x3A74, 0x3B4F, 0x3C6F, 0x3CE1, 0x4057, 0x4160, 0x4338, 0x43AD, 0x43B2, 0x43DE, 0x44D7,
        0x464D, 0x4662, 0x4724, 0x472A, 0x477D, 0x478E, 0x4948, 0x497B, 0x497E, 0x4984, 0x4987, 0x499C,
        0x49A0, 0x49B8, 0x4C78, 0x4CA4, 0x4D1A, 0x4DAF, 0x9FA6, 0xE76C, 0xE7C8, 0xE7E7, 0xE815, 0xE819,
        0xE81F, 0xE827, 0xE82D, 0xE833, 0xE83C, 0xE844, 0xE856, 0xE865, 0xF92D, 0xF97A, 0xF996, 0xF9E8,
        0xF9F2, 0xFA10, 0xFA12, 0xFA15, 0xFA19, 0xFA22, 0xFA25, 0xFA2A, 0xFE32, 0xFE45, 0xFE53, 0xFE58,
        0xFE67, 0xFE6C, 0xFF5F, 0xFFE6,
    ]

    static let bmpFourByteCount = 39_420
    /// The linear index of 0x90308130, U+10000.
    static let supplementaryStart = 189_000

    /// The BMP code point of four-byte linear index `index` (0..<39420).
    static func bmpScalar(fourByteIndex index: Int) -> UInt32 {
        // The last range starting at or before `index` (the first starts at 0).
        let low = rangeStarts.partitioningIndex { Int($0) > index } - 1
        return UInt32(Int(rangeScalars[low]) + index - Int(rangeStarts[low]))
    }

    /// UTF-8 for GB18030 `bytes`, split across workers at line feeds (0x0A is never part of a multi-byte code);
    /// `.invalid(at:)` gives the offset of the first invalid sequence.
    static func utf8(from bytes: ArraySlice<UInt8>, workers: Int? = nil) -> Transcoding.Outcome {
        bytes.withUnsafeBufferPointer { input in
            let parts = ParallelWork.lineAlignedRanges(
                input, parts: workers ?? ParallelWork.workerCount(forBytes: input.count))
            let outcome = twoByteUTF8.withUnsafeBufferPointer { table in
                Transcoding.run(input, parts: parts, room: { $0 * 3 / 2 + 16 }) {
                    transcode($0, into: $1, capacity: $2, table: table.baseAddress!)
                }
            }
            guard outcome == .needsRoom else { return outcome }
            // Many one-byte euro signs (three UTF-8 bytes each): the only way past half as much again.
            return twoByteUTF8.withUnsafeBufferPointer { table in
                Transcoding.run(input, parts: parts, room: { $0 * 3 + 16 }) {
                    transcode($0, into: $1, capacity: $2, table: table.baseAddress!)
                }
            }
        }
    }

    /// One part. Keeps `o + (count − i) × 3 / 2 + 16 ≤ capacity` (the only byte that writes more than half as
    /// much again is 0x80, which checks), so the four- and eight-byte stores always fit. Stores assume a
    /// little-endian host, as every platform Lectern builds for is.
    static func transcode(
        _ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, capacity: Int,
        table: UnsafePointer<UInt32>
    ) -> Transcoding.Step {
        guard let base = input.baseAddress else { return .written(0) }
        let count = input.count
        var i = 0
        var o = 0
        while i < count {
            let lead = base[i]
            // Two-byte codes first: most of a Chinese text.
            if lead > 0x80, lead != 0xFF, i + 1 < count {
                let second = base[i + 1]
                if second >= 0x40, second != 0x7F, second != 0xFF {
                    let trail = Int(second) - (second > 0x7F ? 0x41 : 0x40)
                    let packed = table[(Int(lead) - 0x81) * 190 + trail]
                    guard packed != 0 else { return .invalid(at: i) }
                    UnsafeMutableRawPointer(out + o).storeBytes(of: packed, as: UInt32.self)
                    o += Int(packed >> 24)
                    i += 2
                    continue
                }
                guard second >= 0x30, second <= 0x39, i + 3 < count else { return .invalid(at: i) }
                let third = base[i + 2]
                let fourth = base[i + 3]
                guard third >= 0x81, third <= 0xFE, fourth >= 0x30, fourth <= 0x39 else { return .invalid(at: i) }
                let index =
                    ((Int(lead) - 0x81) * 10 + Int(second) - 0x30) * 1260 + (Int(third) - 0x81) * 10 + Int(fourth)
                    - 0x30
                let scalar: UInt32
                if index < bmpFourByteCount {
                    scalar = bmpScalar(fourByteIndex: index)
                } else if index >= supplementaryStart, index - supplementaryStart < 0x10_0000 {
                    scalar = UInt32(0x1_0000 + index - supplementaryStart)
                } else {
                    return .invalid(at: i)
                }
                o += (out + o).storeUTF8(scalar)
                i += 4
                continue
            }
            if lead < 0x80 {
                out[o] = lead
                i += 1
                o += 1
                // A run of ASCII, eight bytes at a time.
                while i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    UnsafeMutableRawPointer(out + o).storeBytes(of: word, as: UInt64.self)
                    i += 8
                    o += 8
                }
                continue
            }
            guard lead == 0x80 else { return .invalid(at: i) }  // 0xFF, or a lead byte with nothing after it
            guard o + 3 + (count - i - 1) * 3 / 2 + 16 <= capacity else { return .needsRoom }
            out[o] = 0xE2
            out[o + 1] = 0x82
            out[o + 2] = 0xAC
            i += 1
            o += 3
        }
        return .written(o)
    }
}
