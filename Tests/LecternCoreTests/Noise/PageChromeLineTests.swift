import LecternTestSupport
import Testing

@testable import LecternCore

@Suite struct PageChromeLineTests {
    /// Brackets, bars and spaces taken out of a line leave what filtering its characters against the list leaves.
    @Test func trimmingBracketsTakesOutExactlyTheListedCharacters() {
        let listed = "【】[]《》<>〈〉|｜×»«>›‹ \u{3000}\u{A0}\t"
        var random = SeededRandom(defaultSeed: 5)
        let alphabet = Array(listed + "首页新闻中心a1：。「」()（）—é€𠀀")
        for _ in 0..<2_000 {
            let line = String(
                (0..<Int.random(in: 0...20, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let expected = String(
                String.UnicodeScalarView(line.unicodeScalars.filter { !listed.unicodeScalars.contains($0) }))
            #expect(line.trimmingBrackets == expected, "\(line.debugDescription), \(random.replay)")
        }
    }
}
