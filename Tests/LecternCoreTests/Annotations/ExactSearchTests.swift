import LecternTestSupport
import Testing

@testable import LecternCore

/// The linear exact search the re-anchorer falls back on, against a plain comparison at every place.
@Suite struct ExactSearchTests {
    func naive(_ needle: [UInt32], _ text: [UInt32]) -> [Int] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        return (0...(text.count - needle.count)).filter { Array(text[$0..<($0 + needle.count)]) == needle }
    }

    @Test func findsEveryOccurrenceAPlainComparisonFinds() {
        var random = SeededRandom(defaultSeed: 0x4B4D50)
        // Two- and three-letter alphabets make overlapping and nested repeats.
        for round in 0..<400 {
            let letters = round % 2 == 0 ? [UInt32(0x554A), 0x6587] : [UInt32(0x61), 0x62, 0x63]
            let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in letters.randomElement(using: &random)! }
            let needle = (0..<Int.random(in: 1...6, using: &random)).map { _ in letters.randomElement(using: &random)! }
            #expect(ExactSearch.occurrences(of: needle, in: text) == naive(needle, text), "round \(round)")
        }
    }

    /// The hostile case: a quote of one character repeated, in a long run of it. Every place matches; the search
    /// is one pass, and the re-anchorer reports the quote as ambiguous rather than comparing it everywhere.
    @Test func aRepeatedCharacterQuoteInALongRunIsOnePass() throws {
        let run = String(repeating: "啊", count: 100_000)
        let document = Fixtures.document("开头。\n" + run + "\n结尾。\n")
        let text = AnchorText(document.text)
        let quote = [UInt32](repeating: 0x554A, count: 30_000)
        #expect(ExactSearch.occurrences(of: quote, in: text.decodedScalars()).count == 70_001)
        let target = AnnotationTarget(
            kind: .range, requirement: nil, position: TextPosition(start: 10, end: 30_010),
            quote: text.quote(10..<30_010))
        var reanchorer = Reanchorer(positions: DocumentPositions(document))
        #expect(reanchorer.anchor(target).status == .exact)  // still in place: the position check
        let moved = AnnotationTarget(
            kind: .range, requirement: nil, position: TextPosition(start: 50_000, end: 80_000),
            quote: TextQuote(exact: String(repeating: "啊", count: 30_000), prefix: "x", suffix: "y"))
        #expect(reanchorer.anchor(moved).status == .ambiguous)
    }
}
