import Foundation

/// Versions of the bundled sample made by known edits, for the comparison's and carrying's tests: each edit alone,
/// all of them together, and a GB18030 copy. Each edit says what `lectern diff` must report for it.
public enum VersionPairs {
    /// Speech 2, section 一: "三是凝聚了共识" inserted before 三是理清了思路, whose 三是 and 四是 become 四是 and 五是.
    public static func insertingItem(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        lines = replacing(lines, "三是理清了思路。", with: "四是理清了思路。")
        lines = replacing(lines, "四是增强了信心。", with: "五是增强了信心。")
        let at = index(lines, "四是理清了思路。")
        lines.insert(contentsOf: [insertedItem, "", insertedBody, ""], at: at)
        return lines.joined(separator: "\n")
    }

    public static let insertedItem = "三是凝聚了共识。"
    static let insertedBody = "与会同志一致认为，抓好组织工作必须上下同心，形成合力，把会议精神转化为推动工作的实际行动。"

    /// Speech 1: section 四、评改结合 and its paragraphs removed; 五、 becomes 四、.
    public static func removingSection(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let start = index(lines, "四、评改结合,认真落实评议")
        let end = index(lines, "五、充分发动,广泛开展评议")
        lines.removeSubrange(start..<end)
        lines = replacing(lines, "五、充分发动,广泛开展评议", with: "四、充分发动,广泛开展评议")
        return lines.joined(separator: "\n")
    }

    /// Speech 2, section 二: 第四 and 第五 swapped, each keeping its text and taking the other's number.
    public static func swappingItems(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let fourth = index(lines, "第四,必须加强协调")
        let fifth = index(lines, "第五,必须健全机制")
        let end = index(lines, "三、扎实认真地开展好")
        var first = Array(lines[fourth..<fifth])
        var second = Array(lines[fifth..<end])
        first[0] = first[0].replacingOccurrences(of: "第四,", with: "第五,")
        second[0] = second[0].replacingOccurrences(of: "第五,", with: "第四,")
        lines.replaceSubrange(fourth..<end, with: second + first)
        return lines.joined(separator: "\n")
    }

    /// Speech 2, 第三 (2.2.3): its title's 生机和活力 becomes 创造力和凝聚力.
    public static func rewordingItem(_ text: String) -> String {
        text.replacingOccurrences(
            of: "第三,必须与时俱进,改革创新,不断增强组织工作的生机和活力。",
            with: "第三,必须与时俱进,改革创新,不断增强组织工作的创造力和凝聚力。")
    }

    /// Speech 2, section 四 (2.4): its last two items (四是, 五是) split off under a new section 五、, where they
    /// become 一是 and 二是.
    public static func splittingSection(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        lines = replacing(lines, "四是综合表达能力。", with: "一是综合表达能力。")
        lines = replacing(lines, "五是廉洁自律能力。", with: "二是廉洁自律能力。")
        let at = index(lines, "一是综合表达能力。")
        lines.insert(contentsOf: [splitHeading, ""], at: at)
        return lines.joined(separator: "\n")
    }

    public static let splitHeading = "五、提高组工干部的表达和自律能力"

    /// A short speech of its own, with a title and two numbered sections, inserted before the first: every later
    /// speech's number goes up by one.
    public static func insertingSpeech(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let at = index(lines, "县长在干部述职评议会议上的讲话")
        lines.insert(contentsOf: insertedSpeech.flatMap { [$0, ""] }, at: at)
        return lines.joined(separator: "\n")
    }

    static let insertedSpeech = [
        "市长在全市防汛工作会议上的讲话", "同志们:", "今天召开会议,部署今年的防汛工作,我讲两点意见。",
        "一、压实防汛责任", "各级各部门要把防汛责任落实到岗、到人,确保责任不留空白。",
        "二、做好物资准备", "要提前储备抢险物资,组织好抢险队伍,做到有备无患。",
    ]

    /// Every edit above at once.
    public static func allEdits(_ text: String) -> String {
        splittingSection(rewordingItem(swappingItems(removingSection(insertingItem(text)))))
    }

    /// The text in GB18030, as a Windows editor in China would save it.
    public static func gb18030(_ text: String) -> Data {
        text.data(using: String.Encoding(rawValue: 0x8000_0632))!
    }

    public static func sampleText() throws -> String {
        try String(contentsOfFile: Fixtures.samplePath, encoding: .utf8)
    }

    /// The first line that starts with `prefix` (a precondition: the edits are written for the sample).
    static func index(_ lines: [String], _ prefix: String) -> Int {
        guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else {
            preconditionFailure("the sample has no line starting with \(prefix)")
        }
        return index
    }

    static func replacing(_ lines: [String], _ line: String, with replacement: String) -> [String] {
        var lines = lines
        lines[index(lines, line)] = replacement
        return lines
    }
}
