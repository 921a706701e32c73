import LecternTestSupport
import Testing

@testable import LecternCore

/// An annotation's tags keep their first occurrences in order, whether repeats are looked for by comparison (a
/// few tags) or through a set (many).
@Suite struct AnnotationTagTests {
    @Test func repeatsAreDroppedAsASetWouldDropThem() {
        var random = SeededRandom(defaultSeed: 31)
        let names = ["考核", "整改", "a", "A", "e\u{301}", "\u{E9}", "", "tag"]
        for _ in 0..<2_000 {
            let tags = (0..<Int.random(in: 0...24, using: &random)).map { _ in names.randomElement(using: &random)! }
            var seen = Set<String>()
            let expected = tags.filter { seen.insert($0).inserted }
            #expect(Annotation.withoutRepeats(tags) == expected, "\(tags), \(random.replay)")
        }
    }
}
