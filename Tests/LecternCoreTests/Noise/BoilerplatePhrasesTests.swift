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
}
