import Testing

@testable import LecternCore

/// The word-at-a-time byte counts must give what counting byte by byte gives, for every byte value, at every
/// alignment and length.
@Suite struct UTF8TextTests {
    /// Every byte value, in an order that puts each next to many others within a word.
    static let allBytes: [UInt8] = (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 / 256) }

    @Test func bytesBelowSpaceCountsEachByteUnder0x20() {
        Self.allBytes.withUnsafeBufferPointer { all in
            for start in 0..<9 {
                for end in stride(from: start, through: all.count, by: 7) {
                    let part = UnsafeBufferPointer(rebasing: all[start..<end])
                    #expect(UTF8Text.bytesBelowSpace(in: part) == part.filter { $0 < 0x20 }.count)
                }
            }
        }
    }

    /// Sixteen bytes a round, counted in byte-wide lanes: a long run of controls must not wrap a lane's count.
    @Test func bytesBelowSpaceCountsLongRunsOfControls() {
        let controls = [UInt8](repeating: 0x01, count: 20_000) + Self.allBytes + [UInt8](repeating: 0, count: 5_000)
        controls.withUnsafeBufferPointer { all in
            for (start, end) in [(0, all.count), (3, 4_083), (1, 4_097), (0, 16 * 255 * 3 + 5), (17, all.count - 1)] {
                let part = UnsafeBufferPointer(rebasing: all[start..<end])
                #expect(UTF8Text.bytesBelowSpace(in: part) == part.filter { $0 < 0x20 }.count)
            }
        }
    }

    @Test func codePointCountCountsEveryByteThatIsNotAContinuation() {
        let text = Array("一、提高认识 Tab\t€𝕏é\n".utf8) + Self.allBytes
        text.withUnsafeBufferPointer { bytes in
            for start in 0..<9 {
                for end in stride(from: start, through: bytes.count, by: 5) {
                    #expect(
                        UTF8Text.codePointCount(in: bytes, start..<end)
                            == bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count)
                }
            }
        }
        // Long enough that the sixteen-byte lanes are summed more than once (every 255 steps).
        let long = Array(String(repeating: "一、提高认识 Tab€𝕏", count: 400).utf8)
        long.withUnsafeBufferPointer { bytes in
            for (start, end) in [(0, bytes.count), (5, 16 * 255 + 3), (1, 16 * 255 * 2 + 17), (9, bytes.count - 2)] {
                #expect(
                    UTF8Text.codePointCount(in: bytes, start..<end)
                        == bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count)
            }
        }
    }
}
