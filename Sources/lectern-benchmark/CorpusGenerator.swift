/// Writes a large, deterministic multi-speech corpus shaped like real speeches: titles, salutations, 一、 sections,
/// （一） subsections, 一是/第一， items, inline item lists, page chrome lines and long body paragraphs.
struct CorpusGenerator {
    private var random = Xorshift(state: 0x9E37_79B9_7F4A_7C15)

    private static let sentences = [
        "述职评议是地方各级人大在工作实践中创造出来的一种行之有效的监督形式，是人大在新形势下把工作监督、法律监督落到实处的有益尝试。",
        "各考评部门要切实提高对考评工作重要性的认识，站在讲政治的高度，认真负责地做好考评工作。",
        "组工干部身负发现干部、考察干部、推荐干部的职责，要真正把那些政治上靠得住、工作上有本事、作风上过得硬的干部选准用好。",
        "2018年全市组织工作的安排部署思路清楚，任务明确，重点突出，使各级组织工作有了明确的努力方向。",
        "要坚持典型引路、试点先行、稳妥推进原则，工作部署前要深入调研，吃透实情，慎重提出改革措施。",
        "Lectern reads mixed text too: GDP grew 5.2% and PM2.5 fell by 1.5倍 in the report.",
        "人民群众的利益要落到实处，一方面要靠我们的自觉行动，另一方面，离不开人大的监督。",
        "考评结果的公正与否，将直接影响各乡镇（街道）、政府各部门的工作积极性和主动性。",
    ]
    private static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    private mutating func next(_ bound: Int) -> Int { random.next(bound) }

    private mutating func body() -> String {
        (0..<(1 + next(4))).map { _ in Self.sentences[next(Self.sentences.count)] }.joined()
    }

    /// A document repeated until it is at least `bytes` long.
    static func repeating(_ document: [UInt8], toBytes bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes + document.count)
        while out.count < bytes {
            out += document
            out.append(0x0A)
        }
        return out
    }

    /// At least `bytes` of UTF-8 text.
    mutating func corpus(bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 100_000)
        var speech = 0
        func line(_ text: String) {
            out.append(contentsOf: text.utf8)
            out.append(0x0A)
            out.append(0x0A)
        }
        while out.count < bytes {
            speech += 1
            line("第\(speech)页 / 共9999页")
            line("在第\(speech)次工作会议上的讲话")
            line("同志们：")
            line("下面，我讲几点意见，一是形势；二是任务；三是措施。")
            for section in 0..<(3 + next(4)) {
                line(Self.numerals[section] + "、" + String(body().prefix(14)))
                line(body())
                for sub in 0..<next(3) {
                    line("（" + Self.numerals[sub] + "）" + String(body().prefix(12)))
                    line(body())
                }
                for item in 0..<(2 + next(4)) {
                    let marker = section % 2 == 0 ? Self.numerals[item] + "是" : "第" + Self.numerals[item] + "，"
                    line(marker + body())
                    line(body())
                }
                line("今年要抓好两项工作：一是着力补短板。" + body() + "二是全力促均衡。" + body())
            }
            line("同志们，" + body())
            line("下载 相关 举报")
        }
        return out
    }
}
