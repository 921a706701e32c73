import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The optimized re-anchoring (hashed trigram index, trigram filters before comparing, edit distances abandoned
/// past the similarity floor) puts every annotation exactly where the algorithm before it did — the one kept in
/// ReferenceReanchorer.swift: same status, positions, similarity and candidate count — on generated documents and
/// edits: repeated phrases (ties and stock phrases with many copies), passages across paragraphs, CJK, Latin and
/// mixed text, short quotes, numbered requirements.
@Suite struct ReanchorerEquivalenceTests {
    /// A deterministic generator (xorshift), so a failure is reproducible from its seed.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(max(1, bound)))
        }
        mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
            items[items.startIndex + next(items.count)]
        }
    }

    static let phrases = [
        "干部考核是干部管理的基础性工作，", "直接关系到干部队伍建设的质量。", "各级党委要高度重视，", "把考核工作摆上重要议事日程。",
        "要坚持严格标准，突出政治素质考察。", "扩大考核工作民主，", "接受群众监督。", "the KPI review of Q3 2026 ", "（见附件2）",
        "共计 1,234 人参加，", "同比增长 12.5%。", "Lectern 🙂 标注，", "要", "，", "。",
    ]

    /// Only Chinese: no ASCII at all, every code point three bytes in UTF-8.
    static let chinesePhrases = phrases.filter {
        $0.unicodeScalars.allSatisfy { $0.value >= 0x3000 && $0.value < 0xFFFF }
    }

    /// Paragraphs of stock phrases (so quotes repeat), some under numbered headings.
    static func paragraphs(_ random: inout Random, count: Int, phrases: [String] = phrases) -> [String] {
        var paragraphs: [String] = []
        var section = 0
        for n in 0..<count {
            if n % 6 == 0 {
                section += 1
                paragraphs.append(
                    "\(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][(section - 1) % 10])、第\(section)部分的要求")
            }
            if n % 6 == 3 { paragraphs.append("\(n % 5 + 1). " + random.pick(phrases) + random.pick(phrases)) }
            var paragraph = ""
            for _ in 0..<(1 + random.next(6)) { paragraph += random.pick(phrases) }
            // Now and then a sentence of its own, so some quotes are unique.
            if random.next(3) == 0 { paragraph += "第\(n)段独有的内容\(random.next(1000))。" }
            paragraphs.append(paragraph)
        }
        return paragraphs
    }

    /// Edits of several kinds, as a reader's source changes between sessions.
    static func edit(_ paragraphs: [String], _ random: inout Random, kind: Int) -> [String] {
        var p = paragraphs
        switch kind {
        case 0:  // a paragraph at the top: everything moves
            p.insert("会议开始前，先传达上级文件精神。", at: 0)
        case 1:  // characters changed here and there (fuzzy matches)
            for _ in 0..<max(1, p.count / 3) {
                let i = random.next(p.count)
                var scalars = Array(p[i].unicodeScalars)
                guard !scalars.isEmpty else { continue }
                scalars[random.next(scalars.count)] = random.pick(["改", "x", "，", "的"])
                p[i] = String(String.UnicodeScalarView(scalars))
            }
        case 2:  // paragraphs deleted (orphans) and one duplicated (ties)
            for _ in 0..<max(1, p.count / 8) { p.remove(at: random.next(p.count)) }
            let i = random.next(p.count)
            p.insert(p[i], at: random.next(p.count))
        case 3:  // paragraphs moved
            for _ in 0..<max(1, p.count / 6) { p.append(p.remove(at: random.next(p.count))) }
        case 5:  // text inserted inside paragraphs (CJK, Latin, an emoji), so the passages after it shift unevenly
            for _ in 0..<max(1, p.count / 4) {
                let i = random.next(p.count)
                var scalars = Array(p[i].unicodeScalars)
                scalars.insert(
                    contentsOf: random.pick(["补充", "x", "🙂", "新增一句。", "Q4 "]).unicodeScalars,
                    at: random.next(scalars.count + 1))
                p[i] = String(String.UnicodeScalarView(scalars))
            }
        case 6:  // text deleted inside paragraphs
            for _ in 0..<max(1, p.count / 4) {
                let i = random.next(p.count)
                var scalars = Array(p[i].unicodeScalars)
                guard scalars.count > 2 else { continue }
                let at = random.next(scalars.count - 1)
                scalars.removeSubrange(at..<min(scalars.count, at + 1 + random.next(6)))
                p[i] = String(String.UnicodeScalarView(scalars))
            }
        case 7:  // a passage repeated several times (many copies and twins), one paragraph split in two
            let i = random.next(p.count)
            for _ in 0..<(2 + random.next(4)) { p.insert(p[i], at: random.next(p.count + 1)) }
            let j = random.next(p.count)
            let scalars = Array(p[j].unicodeScalars)
            if scalars.count > 4 {
                let cut = scalars.count / 2
                p[j] = String(String.UnicodeScalarView(scalars[..<cut]))
                p.insert(String(String.UnicodeScalarView(scalars[cut...])), at: j + 1)
            }
        default:  // all of it at once
            p = edit(p, &random, kind: 3)
            p = edit(p, &random, kind: 1)
            p = edit(p, &random, kind: 5)
            p = edit(p, &random, kind: 0)
            p = edit(p, &random, kind: 6)
            p = edit(p, &random, kind: 2)
            p = edit(p, &random, kind: 7)
        }
        return p
    }

    /// Targets spread over the text: ranges of 1–150 code points (across paragraph breaks too), requirements,
    /// sentences, and quotes of repeated phrases.
    static func targets(_ document: Document, _ random: inout Random, count: Int) throws -> [AnnotationTarget] {
        let targeting = Revisions.targeting(document)
        let length = targeting.text.count
        var targets: [AnnotationTarget] = []
        for i in 0..<count {
            switch i % 7 {
            case 0 where !document.nodes.isEmpty:
                targets.append(try targeting.requirement(random.pick(document.nodes).id))
            case 1:
                let start = random.next(length - 2)
                targets.append(try targeting.range(start, min(length, start + 1 + random.next(4))))  // short quotes
            case 2:
                if let target = try? targeting.sentence(at: random.next(length - 1)) { targets.append(target) }
            case 3:
                let phrase = random.pick(phrases.filter { $0.unicodeScalars.count > 1 })
                if let target = try? targeting.quote(phrase, occurrence: 1 + random.next(3)) { targets.append(target) }
            default:
                let start = random.next(length - 2)
                targets.append(try targeting.range(start, min(length, start + 5 + random.next(150))))
            }
        }
        return targets
    }

    /// Both algorithms over `targets` in `document`, in position order with the shift AnnotationLayer passes.
    @discardableResult
    static func compare(_ targets: [AnnotationTarget], in document: Document, label: String) -> Set<Anchor.Status> {
        let positions = DocumentPositions(document)
        let text = AnchorText(document.text)
        var fast = Reanchorer(positions: positions, text: text)
        var reference = ReferenceReanchorer(positions: positions, text: text)
        var shift = 0
        var statuses: Set<Anchor.Status> = []
        for target in targets.sorted(by: { $0.position.start < $1.position.start }) {
            let expected = reference.anchor(target, shift: shift)
            let actual = fast.anchor(target, shift: shift)
            #expect(actual == expected, "\(label): \(target.quote.exact.debugDescription) at \(target.position.start)")
            statuses.insert(expected.status)
            if let start = expected.start { shift = start - target.position.start }
        }
        return statuses
    }

    /// Seeds 6 and 7 write Chinese only.
    @Test(arguments: 0..<8)
    func sameAnchorsAsTheReferenceAlgorithm(seed: Int) throws {
        var random = Random(state: 0x9E37_79B9_7F4A_7C15 &+ UInt64(seed) &* 0x1000_0001)
        let original = Self.paragraphs(
            &random, count: 40 + seed * 8, phrases: seed >= 6 ? Self.chinesePhrases : Self.phrases)
        let document = Fixtures.document(paragraphs: original)
        let targets = try Self.targets(document, &random, count: 100)
        var statuses: Set<Anchor.Status> = []
        for kind in 0..<9 {
            let revised = Fixtures.document(paragraphs: Self.edit(original, &random, kind: kind))
            statuses.formUnion(Self.compare(targets, in: revised, label: "seed \(seed), edit \(kind)"))
        }
        // The edits exercise more than the plain move.
        #expect(statuses.count >= 3, "seed \(seed): only \(statuses)")
    }

    /// A long document of few phrases, so every passage has more copies than `manyCopies` (the case where only the
    /// copies near where the neighbours moved are listed, and the rest are shown unable to compete), under every
    /// kind of edit.
    @Test(arguments: 0..<2)
    func passagesWithManyCopiesMatchTheReference(seed: Int) throws {
        var random = Random(state: 0xC0FF_EE00 &+ UInt64(seed))
        let original = Self.paragraphs(&random, count: 300, phrases: seed == 0 ? Self.chinesePhrases : Self.phrases)
        let document = Fixtures.document(paragraphs: original)
        let targets = try Self.targets(document, &random, count: 120)
        for kind in 0..<9 {
            Self.compare(
                targets, in: Fixtures.document(paragraphs: Self.edit(original, &random, kind: kind)),
                label: "many copies, seed \(seed), edit \(kind)")
        }
    }

    /// A stock phrase with more copies than `manyCopies` (the path through context and the shortlist), and
    /// quotes of it whose context is unique, shared by two twins, or gone.
    @Test func manyCopiesAndTwinsMatchTheReference() throws {
        var paragraphs = (0..<150).map { "第\($0 % 7)组：各级党委要高度重视，把考核工作摆上重要议事日程。" }
        paragraphs[40] = "独有的开头。各级党委要高度重视，把考核工作摆上重要议事日程。独有的结尾。"
        let document = Fixtures.document(paragraphs: paragraphs)
        let targeting = Revisions.targeting(document)
        let targets =
            try [1, 2, 7, 8, 41, 100, 149].map { try targeting.quote("各级党委要高度重视，把考核工作摆上重要议事日程。", occurrence: $0) }
            + [try targeting.quote("独有的开头。各级党委"), try targeting.quote("高度重视", occurrence: 3)]
        var edited = paragraphs
        edited.insert(paragraphs[40], at: 90)  // a twin of the unique one
        edited[8] = "第1组：各级党委要高度重视，把考核工作摆上重要议事日程！"
        edited.insert("前言。", at: 0)
        Self.compare(targets, in: Fixtures.document(paragraphs: edited), label: "many copies")
    }

    /// A quote far longer than `maximumFullFuzzyLength` is still found when edited (compared block by block),
    /// and one matching nothing is orphaned.
    @Test func veryLongEditedQuoteIsFoundBlockByBlock() throws {
        var random = Random(state: 42)
        let paragraphs = Self.paragraphs(&random, count: 400)
        let document = Fixtures.document(paragraphs: paragraphs)
        let targeting = Revisions.targeting(document)
        let length = targeting.text.count
        #expect(length > 12_000)
        let target = try targeting.range(1_000, 11_000)
        var scalars = Array(Speech.text(paragraphs).unicodeScalars)
        for k in stride(from: 1_500, to: 10_500, by: 700) { scalars[k] = "改" }
        scalars.insert(contentsOf: "新插入的一句话。".unicodeScalars, at: 5_000)
        let revised = Fixtures.document(String(String.UnicodeScalarView(scalars)))
        var reanchorer = Reanchorer(positions: DocumentPositions(revised))
        let anchor = reanchorer.anchor(target)
        #expect(anchor.status == .fuzzy)
        #expect(anchor.start == 1_000)
        #expect(anchor.end == 11_008)
        #expect((anchor.similarity ?? 0) > 0.99)

        let unrelated = Fixtures.document(String(repeating: "完全无关的另一篇文字。", count: 2_000))
        var other = Reanchorer(positions: DocumentPositions(unrelated))
        #expect(other.anchor(target).status == .orphaned)
    }
}
