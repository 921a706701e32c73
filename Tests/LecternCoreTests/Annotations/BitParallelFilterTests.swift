import LecternTestSupport
import Testing

@testable import LecternCore

/// The bit-parallel pass the fuzzy search asks before measuring a window: the fewest edits and the end of the
/// first closest match must be those of `EditDistance.bestMatch`'s full table.
@Suite struct BitParallelFilterTests {
    @Test(arguments: [1, 5, 63, 64, 65, 127, 128, 129, 200])
    func agreesWithTheFullTable(patternLength: Int) {
        var random = SeededRandom(defaultSeed: 0xB17 &+ UInt64(patternLength))
        // Few letters (Han, Latin, an emoji past the BMP) so near-matches are common.
        let letters: [UInt32] = [0x8003, 0x8BC4, 0x5DE5, 0x4F5C, 0x61, 0x62, 0x1F642]
        for round in 0..<60 {
            let pattern = (0..<patternLength).map { _ in letters.randomElement(using: &random)! }
            var text = (0..<(patternLength * 3 + 20)).map { _ in letters.randomElement(using: &random)! }
            // Half the rounds hold a lightly edited copy of the pattern.
            if round % 2 == 0 {
                let at = Int.random(in: 0...(text.count - patternLength), using: &random)
                text.replaceSubrange(at..<(at + patternLength), with: pattern)
                for _ in 0..<Int.random(in: 0...max(1, patternLength / 6), using: &random) {
                    text[Int.random(in: 0..<text.count, using: &random)] = letters.randomElement(using: &random)!
                }
            }
            let lower = Int.random(in: 0..<(text.count / 2), using: &random)
            let window = lower..<Int.random(in: (lower + 1)...text.count, using: &random)
            let full = EditDistance.bestMatch(of: pattern[...], in: text, window: window)
            let closest = BitParallelFilter(pattern[...]).closest(in: text, window: window)
            #expect(closest.edits == full.edits, "length \(patternLength), round \(round)")
            #expect(closest.end == full.range.upperBound, "length \(patternLength), round \(round)")
        }
    }
}
