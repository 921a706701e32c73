import Foundation
import LecternTestSupport
import Testing

@testable import LecternFormats

@Suite struct FileNameOrderTests {
    @Test func numbersInNamesCompareByValue() {
        #expect(FileNameOrder.sorted(["10.txt", "2.txt", "1.txt"]) == ["1.txt", "2.txt", "10.txt"])
        #expect(FileNameOrder.sorted(["讲话10.txt", "讲话2.txt"]) == ["讲话2.txt", "讲话10.txt"])
    }

    /// The byte rule orders every pair of ASCII names as Foundation's numeric comparison does.
    @Test func agreesWithFoundationOnASCIINames() {
        var generator = SeededRandom(defaultSeed: 7)
        let alphabet = Array("0012345789aAbZ._- ~")
        let names = (0..<600).map { _ in
            String(
                (0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for a in names.prefix(200) {
            for b in names {
                let mine = FileNameOrder.precedes(FileNameOrder.Name(a), FileNameOrder.Name(b))
                let foundation = a.compare(b, options: .numeric) == .orderedAscending
                #expect(mine == foundation, "\(a.debugDescription) before \(b.debugDescription), \(generator.replay)")
            }
        }
    }
}
