import Testing

@testable import LecternCore

/// The sixteen-at-a-time pair search finds exactly the positions a byte-by-byte look finds.
@Suite struct MarkerPairsTests {
    static let pairs: [(UInt8, UInt8)] = [(0xE6, 0x98), (0xE8, 0xA6), (0xE2, 0x91), (0xE7, 0xAC)]

    func found(_ bytes: [UInt8], from: Int, to: Int) -> [Int] {
        var positions: [Int] = []
        bytes.withUnsafeBufferPointer { MarkerPairs.forEachMiddle(in: $0, from: from, to: to) { positions.append($0) } }
        return positions
    }

    func expected(_ bytes: [UInt8], from: Int, to: Int) -> [Int] {
        (max(from, 1)..<max(to, max(from, 1))).filter { i in
            Self.pairs.contains { $0.0 == bytes[i - 1] && $0.1 == bytes[i] }
        }
    }

    @Test func sameAsAByteByByteLookAtEveryAlignment() {
        // Bytes drawn mostly from the pairs' own values, so pairs, half pairs and crossed pairs are common.
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0xE6, 0x98, 0xE8, 0xA6, 0xE2, 0x91, 0xE7, 0xAC, 0xAF, 0x41, 0x0A]
        for _ in 0..<200 {
            let count = Int.random(in: 1...90, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            for from in 1...min(count, 20) {
                for to in stride(from: from, through: count, by: 3) {
                    #expect(found(bytes, from: from, to: to) == expected(bytes, from: from, to: to))
                }
            }
        }
    }

    @Test func inlineItemsInChineseText() {
        let text = Array("总体上，一是加强学习，二要落实责任；第三，①完善制度。统一是前提。".utf8)
        let positions = found(text, from: 1, to: text.count)
        // 是 twice, 要, 第 and ①: the byte after each lead.
        #expect(positions.count == 5)
        for at in positions { #expect(Self.pairs.contains { $0.0 == text[at - 1] && $0.1 == text[at] }) }
    }
}
