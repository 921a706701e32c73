import LecternTestSupport
import Testing

@testable import LecternCore

/// The character-set filter only skips searches that could not succeed: the answer is the plain search's.
@Suite struct BoilerplatePhrasesTests {
    func plainSearch(_ line: String) -> Bool {
        NoiseClassifier.boilerplatePhrases.contains { line.containsBytes($0) }
    }

    func filtered(_ line: String) -> Bool {
        Array(line.utf8).withUnsafeBufferPointer { BoilerplatePhrases.occurs(in: $0) }
    }

    @Test func sameAnswerAsSearchingEveryPhrase() {
        // Lines mixed from the phrases' own characters, so near misses (all characters, wrong order) are common.
        let pieces =
            NoiseClassifier.boilerplatePhrases.flatMap { phrase in phrase.map(String.init) }
            + ["a", " ", "：", "2023", "。", "🙂"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var line = (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement()! }.joined()
            if Bool.random(using: &generator) {
                line.insert(contentsOf: NoiseClassifier.boilerplatePhrases.randomElement()!, at: line.startIndex)
            }
            #expect(filtered(line) == plainSearch(line), "\(line)")
        }
    }

    @Test func phrasesAnywhereInALineAreFound() {
        #expect(filtered("《讲话.docx》由会员分享,可在线阅读"))
        #expect(filtered("点此下载文档到电脑，查找使用更方便"))
        #expect(!filtered("由会员讨论分享的经验"))
        #expect(!filtered(""))
    }

    func searched(_ line: String) -> Bool {
        Array(line.utf8).withUnsafeBufferPointer { BoilerplatePhrases.occurs(searching: $0) }
    }

    /// The direct search (sixteen positions a step) on long lines of the phrases' own characters, a phrase put
    /// anywhere in some of them: within a step, across two, or in the bytes after the last.
    @Test func theDirectSearchGivesThePlainSearchsAnswer() {
        var random = SeededRandom(defaultSeed: 21)
        let pieces =
            NoiseClassifier.boilerplatePhrases.flatMap { phrase in phrase.map(String.init) }
            // 身 唱 寻 衣 share an anchor's last two bytes (享 E4BAAB, 由 E794B1, 读 E8AFBB, 档 E6A1A3).
            + ["a", " ", "：", "2023", "。", "🙂", "下", "可", "身", "唱", "寻", "衣", "享"]
        for _ in 0..<3_000 {
            var line = (0..<Int.random(in: 0...80, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            if Bool.random(using: &random) {
                let at = line.index(line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &random))
                line.insert(contentsOf: NoiseClassifier.boilerplatePhrases.randomElement(using: &random)!, at: at)
            }
            #expect(searched(line) == plainSearch(line), "\(line) \(random.replay)")
        }
        #expect(searched("点此下载文档到电脑，查找使用更方便"))
        #expect(searched("由会员分享"))
        #expect(searched("文末：扫一扫在手机上查看"))
        #expect(!searched("唱读寻衣身"))
        #expect(!searched("由会员讨论分享的经验"))
        #expect(!searched(""))
    }

    /// Each phrase at each place of lines of every length around a step's sixteen bytes, and each phrase short of
    /// its last character nowhere.
    @Test func theDirectSearchFindsAPhraseAtEachPlace() {
        for phrase in NoiseClassifier.boilerplatePhrases {
            for before in 0...12 {
                for after in 0...6 {
                    let filler = { (count: Int) in String(repeating: "中", count: count) }
                    #expect(searched(filler(before) + phrase + filler(after)), "\(before) \(phrase) \(after)")
                    #expect(!searched(filler(before) + String(phrase.dropLast()) + filler(after)))
                }
            }
        }
    }

    /// The search's steps compare seven anchor characters: every phrase must hold one of them.
    @Test func everyPhraseHoldsOneOfTheSevenAnchors() {
        #expect(BoilerplatePhrases.anchorCount == 7)
    }
}
