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

    /// A line of up to `longest` characters mixing every signal with Chinese text, accents and a supplementary
    /// character.
    static func randomLine(_ random: inout SeededRandom, longest: Int = 24) -> String {
        let alphabet = Array(" \t|/:.>0aZ{;!~\u{3000}｜：＞»页©版第一是要，。《》—é€𠀀中文字")
        return String(
            (0..<Int.random(in: 0...longest, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    @Test func agreesWithTheCharacterReadingOnMixedLines() {
        var random = SeededRandom(defaultSeed: 11)
        for _ in 0..<3_000 {
            let line = Self.randomLine(&random)
            var copy = line
            let found = copy.withUTF8 { ChromeSignals(scanning: $0) }
            #expect(found == Self.expected(line), "\(line.debugDescription), \(random.replay)")
        }
    }

    /// The pass that also gathers the boilerplate character set gives the same signals and the set a pass of its
    /// own gives, on whole characters and on lines cut inside one (a cut that validation would refuse elsewhere).
    @Test func gatheringTheCharacterSetChangesNothing() {
        var random = SeededRandom(defaultSeed: 12)
        for _ in 0..<3_000 {
            // Long enough for runs of Chinese characters, which the scan takes four at a time.
            let line = Self.randomLine(&random, longest: 80)
            var bytes = Array(line.utf8)
            if !bytes.isEmpty, Bool.random(using: &random) {
                bytes.removeLast(Int.random(in: 1...min(3, bytes.count), using: &random))
            }
            bytes.withUnsafeBufferPointer { buffer in
                var set: UInt64 = 0
                let found = ChromeSignals(scanning: buffer, characterSet: &set)
                #expect(found == ChromeSignals(scanning: buffer), "\(line.debugDescription), \(random.replay)")
                #expect(
                    set == BoilerplatePhrases.characterSet(of: buffer), "\(line.debugDescription), \(random.replay)")
            }
        }
    }

    /// The quick look says a line has a signal exactly when the scan finds one: on long lines of Chinese text (with
    /// its commas, brackets and dashes, and controls, none a signal), some with one signal character somewhere.
    @Test func theQuickLookMissesNoSignal() {
        var random = SeededRandom(defaultSeed: 13)
        let text = Array("第一是要，。《》—é€𠀀中文字“”、\u{01}\u{7F}\u{1B}")
        let signals = Array(" \t|/:.>0aZ{;!~\u{3000}｜：＞»页©版")
        for _ in 0..<3_000 {
            var line = String(
                (0..<Int.random(in: 0...120, using: &random)).map { _ in text.randomElement(using: &random)! })
            if Bool.random(using: &random), !line.isEmpty {
                let at = line.index(line.startIndex, offsetBy: Int.random(in: 0..<line.count, using: &random))
                line.insert(signals.randomElement(using: &random)!, at: at)
            }
            var copy = line
            let mayOccur = copy.withUTF8 { ChromeSignals.mayOccur(in: $0) }
            #expect(mayOccur == !Self.expected(line).isEmpty, "\(line.debugDescription), \(random.replay)")
        }
    }

    /// A signal at each place of lines of every length around a step's sixteen bytes: the last positions, which
    /// the steps reach only by overlapping the step before, included.
    @Test func aSignalAtEachPlaceOfALineIsSeen() {
        let fillers: [Character] = ["中", "、", "é", "第"]
        for length in 0...40 {
            let line = String((0..<length).map { fillers[$0 % fillers.count] })
            var plain = line
            #expect(!plain.withUTF8 { ChromeSignals.mayOccur(in: $0) }, "\(line)")
            for signal in Array("a：页©\u{3000}") {
                for at in 0...length {
                    var marked = line
                    marked.insert(signal, at: marked.index(marked.startIndex, offsetBy: at))
                    #expect(marked.withUTF8 { ChromeSignals.mayOccur(in: $0) }, "\(marked.debugDescription)")
                }
            }
        }
    }
}
