import LecternTestSupport
import Testing

@testable import LecternCore

/// The word-at-a-time scan for a string's end, and strings made by decoding and comparing, against the plain
/// byte loop and `String(validating:)` on random bytes.
@Suite struct JSONStringBytesTests {
    /// Random bytes drawn mostly from those that matter: quotes, backslashes, controls, UTF-8 lead and
    /// continuation bytes, and plain text around them.
    static func bytes(_ random: inout SeededRandom) -> [UInt8] {
        let interesting: [UInt8] = [
            0x22, 0x5C, 0x00, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0xBF, 0xC2, 0xE0, 0xE4, 0xED, 0xF0, 0xF4, 0xFF,
        ]
        return (0..<Int.random(in: 0...40, using: &random)).map { _ in
            switch Int.random(in: 0..<4, using: &random) {
            case 0: interesting.randomElement(using: &random)!
            case 1: UInt8.random(in: 0...255, using: &random)
            default: Array("考评 text".utf8).randomElement(using: &random)!
            }
        }
    }

    @Test func theScanStopsWhereTheByteLoopStops() {
        var random = SeededRandom(defaultSeed: 21)
        for _ in 0..<5_000 {
            let bytes = Self.bytes(&random)
            let start = Int.random(in: 0...bytes.count, using: &random)
            var expected = start
            while expected < bytes.count, bytes[expected] != 0x22, bytes[expected] != 0x5C, bytes[expected] >= 0x20 {
                expected += 1
            }
            let end = bytes.withUnsafeBufferPointer { JSONStringBytes.plainRunEnd($0, from: start) }
            #expect(end == expected, "\(bytes) from \(start), \(random.replay)")
        }
    }

    @Test func stringsAreMadeExactlyFromWellFormedUTF8() {
        var random = SeededRandom(defaultSeed: 22)
        for _ in 0..<5_000 {
            let bytes = Self.bytes(&random)
            let made = bytes.withUnsafeBufferPointer(JSONStringBytes.validString)
            #expect(made == String(validating: bytes, as: UTF8.self), "\(bytes), \(random.replay)")
        }
    }
}
