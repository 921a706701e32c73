import LecternCore
import Testing

@Suite struct CharacterDiffTests {
    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    func rendered(_ result: CharacterDiff.Result) -> String {
        result.chunks.map {
            switch $0.operation {
            case .equal: $0.text
            case .deleted: "[-\($0.text)-]"
            case .inserted: "{+\($0.text)+}"
            }
        }.joined()
    }

    @Test func equalTextsAreOneEqualChunk() {
        let result = CharacterDiff.compare(scalars("加强领导"), scalars("加强领导"))
        #expect(result.chunks == [DiffChunk(.equal, "加强领导")])
        #expect(result.similarity == 1)
    }

    @Test func aReplacedWordIsOneDeletionThenOneInsertion() {
        let result = CharacterDiff.compare(scalars("不断增强工作的生机和活力。"), scalars("不断增强工作的创造力和凝聚力。"))
        #expect(rendered(result) == "不断增强工作的[-生机和活-]{+创造力和凝聚+}力。")
    }

    @Test func shortEqualRunsBetweenChangesAreFolded() {
        // 的 alone between two changes would read as noise: it joins them.
        let result = CharacterDiff.compare(scalars("甲乙的丙丁末尾相同"), scalars("戊己的庚辛末尾相同"))
        #expect(rendered(result) == "[-甲乙的丙丁-]{+戊己的庚辛+}末尾相同")
    }

    @Test func insertionsAndDeletionsAtTheEnds() {
        #expect(rendered(CharacterDiff.compare(scalars("要求"), scalars("新要求"))) == "{+新+}要求")
        #expect(rendered(CharacterDiff.compare(scalars("要求。"), scalars("要求"))) == "要求[-。-]")
        #expect(rendered(CharacterDiff.compare([], scalars("全新"))) == "{+全新+}")
        #expect(CharacterDiff.compare([], scalars("全新")).similarity == 0)
    }

    @Test func similarityIsTheSharedShare() {
        let result = CharacterDiff.compare(scalars("abcd"), scalars("abxd"))
        #expect(result.common == 3)
        #expect(result.similarity == 0.75)
    }

    @Test func equalSentencesStayEqualAndALongRewrittenStretchIsWhole() {
        let kept = "一、保持稳定。"
        let oldLong = String(repeating: "甲乙丙丁戊己庚辛，", count: 60) + "。"
        let newLong = String(repeating: "子丑寅卯辰巳午未，", count: 60) + "。"
        let result = CharacterDiff.compare(scalars(kept + oldLong + kept), scalars(kept + newLong + kept))
        #expect(result.chunks.map(\.operation) == [.equal, .deleted, .inserted, .equal])
        #expect(result.chunks.first?.text == kept)
        // The kept sentences, and the stretch's common ending ，。
        #expect(result.common == 2 * kept.unicodeScalars.count + 2)
    }

    @Test func aRequirementWithThousandsOfChangedSentencesIsRewrittenWhole() {
        // Every other sentence changed between a kept first and last: over the cap, the middle is not diffed by
        // sentence (which would keep the unchanged ones equal) but deleted and inserted whole.
        let count = 4_010  // twice the cap of 2,000 changed sentences
        let kept = "首句不变。"
        let oldMiddle = (0..<count).map { "第\($0)句。" }.joined()
        let newMiddle = (0..<count).map { $0.isMultiple(of: 2) ? "第\($0)句。" : "第\($0)句！" }.joined()
        let result = CharacterDiff.compare(scalars(kept + oldMiddle + kept), scalars(kept + newMiddle + kept))
        #expect(result.chunks.map(\.operation) == [.equal, .deleted, .inserted, .equal])
        #expect(result.chunks.first?.text.hasPrefix(kept) == true)
        #expect(result.similarity > 0)
        #expect(result.similarity < 0.5)
    }
}
