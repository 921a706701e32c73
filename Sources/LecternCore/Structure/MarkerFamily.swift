/// The numbering families of Chinese official writing and speeches.
public enum MarkerFamily: String, Sendable, Codable, CaseIterable {
    /// 一、 二、 十一、
    case chineseEnumeration = "chinese-enumeration"
    /// 第一条 (articles of regulations)
    case article
    /// （一） (一)
    case chineseParenthesized = "chinese-parenthesized"
    /// 1. 1． 1、
    case arabic
    /// （1） (1)
    case arabicParenthesized = "arabic-parenthesized"
    /// ① ② ③
    case circled
    /// 第一， 第一,
    case ordinal
    /// 一是 二是
    case shiItem = "shi-item"
    /// 一要 二要
    case yaoItem = "yao-item"
    /// 首先 其次 再次 最后
    case sequenceWord = "sequence-word"
    /// 附件1, 附件, 附录, 注释, 名词解释: a part after the text that numbers its items afresh.
    case appendix

    /// Rank among families: a marker never nests below a family of a higher rank number that is open.
    /// Headings outrank paragraph-leading items; 一、 is never below （一）, 1. or （1）. Families of equal rank nest
    /// by order of appearance.
    var rank: Int {
        switch self {
        case .appendix: return -1
        case .chineseEnumeration: return 0
        case .article: return 1
        case .chineseParenthesized: return 2
        case .arabic: return 3
        case .arabicParenthesized: return 4
        case .circled: return 5
        case .ordinal, .shiItem, .yaoItem, .sequenceWord: return 6
        }
    }

    /// Items lead or run inside body paragraphs; the other families are headings.
    public var isItem: Bool { rank == 6 }
}
