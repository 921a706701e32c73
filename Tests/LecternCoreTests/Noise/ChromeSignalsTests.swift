import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// The byte scan finds, character by character, what a reading of the line's characters finds.
@Suite struct ChromeSignalsTests {
    /// The signals as defined on characters (the scan's documentation, restated on Unicode scalars).
    static func expected(_ line: String) -> ChromeSignals {
        var signals: ChromeSignals = []
        for scalar in line.unicodeScalars {
            switch scalar {
            case " ", "\t", "|", "\u{3000}", "｜": signals.insert(.separator)
            case "/": signals.formUnion([.separator, .asciiPunctuation])
            case ":", "：": signals.insert(.colon)
            case ".": signals.insert(.dot)
            case ">", "＞", "»": signals.insert(.angle)
            case "0"..."9", "A"..."Z", "a"..."z": signals.insert(.alphanumeric)
            case "{", "}", "<", ";": signals.formUnion([.markup, .asciiPunctuation])
            case "页": signals.insert(.page)
            case "©", "版": signals.insert(.copyright)
            case "!"..."~": signals.insert(.asciiPunctuation)
            default: break
            }
        }
        return signals
    }

    @Test func agreesWithTheCharacterReadingOnMixedLines() {
        var random = SeededRandom(defaultSeed: 11)
        let alphabet = Array(" \t|/:.>0aZ{;!~\u{3000}｜：＞»页©版第一是要，。《》—é€𠀀中文字")
        for _ in 0..<3_000 {
            let line = String(
                (0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            var copy = line
            let found = copy.withUTF8 { ChromeSignals(scanning: $0) }
            #expect(found == Self.expected(line), "\(line.debugDescription), \(random.replay)")
        }
    }
}
