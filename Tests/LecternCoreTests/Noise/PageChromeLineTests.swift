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
            #expect(
                String.bracketFreeBytesAndScalars(of: line) == (expected.utf8.count, line.unicodeScalars.count),
                "\(line.debugDescription), \(random.replay)")
        }
    }

    /// The rule made the line without brackets only when it could name a link heading or a button; lines of those
    /// words among brackets and text of every length get the answer of a rule that always made it.
    @Test func theRuleAgreesWithOneThatAlwaysTrimsBrackets() {
        func everTrimming(_ line: String) -> NoiseRule? {
            guard line.utf8.count <= PageChromeLine.longestBytes else { return nil }
            let trimmed = line.trimmingBrackets
            if trimmed.isEmpty { return .toolbar }
            if PageChromeLine.isMetadataField(line) || PageChromeLine.isTimeStamp(line) { return .pageMetadata }
            let headings = Set(PageChromeLine.linkHeadings.flatMap { [$0, $0 + "：", $0 + ":"] })
            if headings.contains(trimmed) { return .toolbar }
            if line.unicodeScalars.count <= 16, PageChromeLine.buttonPrefixes.contains(where: trimmed.hasPrefix),
                !line.contains("。")
            {
                return .toolbar
            }
            if PageChromeLine.endsWithLinkDate(line) { return .linkList }
            if line.hasSuffix(" |") || line.hasSuffix("｜") || line.hasPrefix("| ") { return .toolbar }
            return PageChromeLine.isMenuBar(line) ? .toolbar : nil
        }
        var random = SeededRandom(defaultSeed: 9)
        let words =
            PageChromeLine.linkHeadings + PageChromeLine.buttonPrefixes + [
                "【", "】", " ", "\u{3000}", "：", "。", "|", "这是正文的一句话", "同志们", "a", "——", "[06-01]", "2026-01-02",
                // Compatibility ideographs canonically equal to headings' characters (你 最 者): String equates them.
                "猜\u{2F804}喜欢", "\u{2F8D4}新文章", "\u{FA5B}",
            ]
        for _ in 0..<3_000 {
            let line = (0..<Int.random(in: 0...12, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined()
            #expect(PageChromeLine.rule(for: line) == everTrimming(line), "\(line), \(random.replay)")
        }
        #expect(PageChromeLine.rule(for: "猜\u{2F804}喜欢：") == .toolbar)
        #expect(PageChromeLine.rule(for: "【\u{2F8D4}新文章：】") == .toolbar)
    }

    /// A metadata field: after any opening brackets, a label and a colon, in a line with no full stop, read on
    /// characters; the rule reads bytes and must agree.
    static func isMetadataFieldByCharacters(_ line: String) -> Bool {
        guard line.utf8.count <= 160, !line.contains("。") else { return false }
        var body = Substring(line)
        while let first = body.first, "（(【[".contains(first) { body = body.dropFirst() }
        return PageChromeLine.metadataLabels.contains { label in
            guard body.hasPrefix(label) else { return false }
            let next = body.dropFirst(label.count).first
            return next == "：" || next == ":"
        }
    }

    @Test func metadataFieldsAreFoundAsOnCharacters() {
        var random = SeededRandom(defaultSeed: 6)
        let pieces =
            PageChromeLine.metadataLabels + ["（", "(", "【", "[", "：", ":", "。", "北京日报", "2026-02-02", " ", "】"]
        for _ in 0..<4_000 {
            let line = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(
                PageChromeLine.isMetadataField(line) == Self.isMetadataFieldByCharacters(line),
                "\(line.debugDescription), \(random.replay)")
        }
    }

    /// A headline link's date is found only at the line's end, in brackets; the byte look before it rules out
    /// no line the rule would take.
    @Test func linkDatesAreFoundInAnyClosingBracket() {
        for line in [
            "义乌发展经验[06-01]", "义乌发展经验[ 10-24 ]", "义乌发展经验(2024-05-01)", "义乌发展经验（2024-05-01）",
            "义乌发展经验【2024/05/01】",
        ] {
            #expect(PageChromeLine.endsWithLinkDate(line), "\(line)")
        }
        #expect(!PageChromeLine.endsWithLinkDate("义乌发展经验（2024年）"))
        #expect(!PageChromeLine.endsWithLinkDate("义乌发展经验 2024-05-01"))
    }

    @Test(arguments: ["【打印本页】", "点击进入", "收藏本站", "首页 |", "新闻中心｜", "| 政务公开", "加入收藏"])
    func buttonsAndBarredEntriesAreToolbars(line: String) {
        #expect(PageChromeLine.rule(for: line) == .toolbar)
    }

    @Test(arguments: ["点击率上升了三成。", "打印机采购要规范，厉行节约的要求要落实到每一项开支", "政务公开要及时", "首页|新闻"])
    func textThatStartsOrEndsLikeAButtonIsNot(line: String) {
        #expect(PageChromeLine.rule(for: line) == nil)
    }
}
