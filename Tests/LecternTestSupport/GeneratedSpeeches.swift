/// A reproducible document of many speeches in the shapes real ones take, for tests that must cover every part of
/// the model at once: site chrome before and after, title blocks (subtitle, date, speaker), salutations, every
/// numbering family nested, inline item lists, hard-wrapped paragraphs, an appendix that restarts its numbering,
/// a signature, mixed ASCII and the odd blank-padded line.
public struct GeneratedSpeeches {
    private var random: SeededRandom
    private var out = ""

    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    private static let sentences = [
        "各级干部要把心思用在干事创业上，把本领用在推动发展上。",
        "考核结果要与干部的选拔任用、奖惩挂钩，做到奖优罚劣。",
        "整改工作要建立台账，明确责任人和完成时限，逐项销号。",
        "The GDP grew 5.2% while PM2.5 fell to 31 μg/m³ in 2025.",
        "纪律是执行路线的保证，没有纪律，什么事情也办不成。",
        "要坚持问题导向，聚焦群众反映强烈的突出问题，集中力量攻坚。",
        "领导干部要带头学习，带头调研，带头解决难题。",
        "各部门要密切配合，形成合力，确保各项任务落到实处。",
    ]
    private static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    private mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

    private mutating func body(_ sentences: Int? = nil) -> String {
        (0..<(sentences ?? 1 + next(3))).map { _ in Self.sentences[next(Self.sentences.count)] }.joined()
    }

    private mutating func paragraph(_ text: String) { out += text + "\n\n" }

    /// `speeches` speeches, with site chrome around them.
    public mutating func document(speeches: Int) -> String {
        out = "首页 | 新闻 | 政务公开 | 办事服务\n当前位置：首页 > 领导讲话\n\n"
        for number in 1...speeches { speech(number) }
        out += "【打印本页】【关闭窗口】\n版权所有：某市人民政府办公室  备案号：12345678\n"
        return out
    }

    private mutating func speech(_ number: Int) {
        paragraph("在全市第\(Self.numerals[number % 10])次工作会议上的讲话")
        if next(2) == 0 { paragraph("（2025年\(1 + next(12))月\(1 + next(28))日）") }
        if next(2) == 0 { paragraph("市委书记  王\(Self.numerals[next(10)])") }
        paragraph("同志们：")
        paragraph("今天召开这次会议，主要任务是：一是总结工作；二是分析形势；三是部署任务。" + body())
        for section in 0..<(2 + next(3)) {
            paragraph(Self.numerals[section] + "、" + String(body(1).prefix(12)))
            paragraph(body())
            for sub in 0..<next(3) {
                paragraph("（" + Self.numerals[sub] + "）" + String(body(1).prefix(10)) + "。" + body())
                for item in 0..<next(3) { paragraph("\(item + 1). " + body()) }
            }
            let itemWord = ["是", "要", "，"][section % 3]
            for item in 0..<(1 + next(3)) {
                let marker = itemWord == "，" ? "第" + Self.numerals[item] + "，" : Self.numerals[item] + itemWord
                paragraph(marker + body())
            }
            if next(3) == 0 { hardWrapped(body(6)) }
            if next(3) == 0 { paragraph("    \t" + body(1) + "  ") }
        }
        paragraph("同志们，" + body())
        if next(2) == 0 {
            paragraph("附件：")
            paragraph("一、" + String(body(1).prefix(8)))
            paragraph("（一）" + body(1))
        }
        if next(3) == 0 { paragraph("某市人民政府办公室\n\n2025年3月\(1 + next(28))日") }
    }

    /// A long paragraph printed at a fixed width, one line after another, the way PDF text arrives.
    private mutating func hardWrapped(_ text: String) {
        let characters = Array(text)
        var lines: [String] = []
        var start = 0
        while start < characters.count {
            let end = min(characters.count, start + 24)
            lines.append(String(characters[start..<end]))
            start = end
        }
        out += lines.joined(separator: "\n") + "\n\n"
    }
}
