import LecternTestSupport
import Testing

@testable import LecternCore

struct ByteWordTests {
    /// The word tests agree with a byte-by-byte look, on random words and on words holding the edge values.
    @Test func wordTestsAgreeWithBytes() {
        var random = SeededRandom(defaultSeed: 11)
        let edges: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0x81, 0xC2, 0xD8, 0xE2, 0xFE, 0xFF]
        for round in 0..<200_000 {
            var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &random) }
            if round % 2 == 0 { bytes[Int.random(in: 0..<8, using: &random)] = edges.randomElement(using: &random)! }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            for limit: UInt8 in [1, 0x20, 0x80] {
                #expect(ByteWord.hasByte(below: limit, word) == bytes.contains { $0 < limit }, "\(random.replay)")
            }
            for value in edges {
                #expect(ByteWord.hasByte(value, word) == bytes.contains(value), "\(random.replay)")
            }
        }
    }
}
