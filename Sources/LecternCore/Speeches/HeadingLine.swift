/// What a short line around a speech's title is: the title itself, or one of the lines that publishers set
/// beside it — a `——在…上的讲话` subtitle, a date line, the speaker, a source or author byline.
///
/// Both the noise filter (which must keep a title block amid page chrome) and the speech splitter (which must
/// tell a title from its subtitle, date and speaker) read lines this way. Only short lines near titles are
/// classified, so this works on `String`s.
enum HeadingLine: Equatable {
    /// ——在…会议上的讲话, ——2026年1月25日在…会议上, or a date-led line 2026年1月27日在…会议上.
    case subtitle
    /// （2018年9月3日）, 2018年9月3日.
    case date
    /// An office and a name (北京市市长 殷勇, 省长　王予波) or a name alone (马卫光).
    case speaker
    /// 来源：…, 作者：…, a time stamp with a source: the byline of a news item or article.
    case byline
    /// A photo caption under the title: 省长赵刚作政府工作报告, …本报记者 戴冰摄.
    case caption
    /// 各位代表：, 同志们：.
    case salutation
    /// A line that can be (part of) a title: short, no sentence punctuation, no numbering.
    case titleCandidate
    case other

    /// Longest title line in bytes (about 60 Chinese characters: news headlines run long).
    static let longestTitleBytes = 180
    static let longestNameScalars = 4

    static func classify(_ text: String, hasLeadingMarker: Bool) -> HeadingLine {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, text.utf8.count <= longestTitleBytes else { return .other }
        let last = UTF8Text.folded(scalars[scalars.count - 1].value)
        if last == Scalar.colon, scalars.count >= 2,
            SalutationMatcher.mayBeSalutation(
                first: scalars[0].value, lastBeforeColon: scalars[scalars.count - 2].value),
            SalutationMatcher.isSalutation(text)
        {
            return .salutation
        }
        if hasLeadingMarker { return .other }
        if isSubtitle(scalars) { return .subtitle }
        if isDate(scalars) || isIssueNumber(scalars) { return .date }
        if isByline(scalars, text) { return .byline }
        if isSpeaker(scalars) { return .speaker }
        if isCaption(scalars) { return .caption }
        let sentence = scalars.contains { Scalar.endsSentence(UTF8Text.folded($0.value)) }
        if sentence || last == Scalar.colon || isBracketed(scalars) { return .other }
        return .titleCandidate
    }

    /// Classifies a paragraph of decoded text.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hasLeadingMarker: Bool)
        -> HeadingLine
    {
        guard range.count <= longestTitleBytes else { return .other }
        return classify(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
            hasLeadingMarker: hasLeadingMarker)
    }

    /// Lines the publisher sets beside a title (not the title itself).
    var isTitleCompanion: Bool {
        self == .subtitle || self == .date || self == .speaker || self == .byline || self == .caption
    }

    // MARK: - Shapes

    /// —— or -- (or a single dash) followed by text; or a date directly followed by 在 (the meeting).
    private static func isSubtitle(_ s: [Unicode.Scalar]) -> Bool {
        // Two dashes (——, --); a single dash only before 在 (—在…上的讲话): a menu's "—中骄傲" is a typo, not a subtitle.
        let dashes = s.prefix { $0 == "—" || $0 == "─" || $0 == "-" || $0 == "－" }.count
        if dashes >= 2 || dashes == 1 && s.count > 1 && s[1] == "在" {
            return s.contains { isHan($0.value) }
        }
        if let end = dateEnd(s, from: 0), end < s.count, s[end] == "在" { return true }
        return false
    }

    /// A date alone, possibly in brackets: （2018年9月3日）, 2018年9月3日, 二〇一八年九月三日.
    private static func isDate(_ s: [Unicode.Scalar]) -> Bool {
        var start = 0
        var end = s.count
        if UTF8Text.folded(s[0].value) == Scalar.openParen { start = 1 }
        if end > start, UTF8Text.folded(s[end - 1].value) == Scalar.closeParen { end -= 1 }
        guard end > start, let dateEnd = dateEnd(Array(s[start..<end]), from: 0) else { return false }
        return dateEnd == end - start
    }

    /// The end of a 年…月…日 date starting at `start`, written in digits or Chinese numerals.
    static func dateEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        for unit: Unicode.Scalar in ["年", "月", "日"] {
            let numberStart = i
            while i < s.count, isDateDigit(s[i].value) { i += 1 }
            guard i > numberStart, i - numberStart <= 4, i < s.count, s[i] == unit else { return nil }
            i += 1
        }
        return i
    }

    private static func isDateDigit(_ v: UInt32) -> Bool {
        let f = UTF8Text.folded(v)
        return Scalar.isASCIIDigit(f) || v == 0x3007 /* 〇 */ || v == 0x96F6 /* 零 */ || ChineseNumeral.digit(v) != nil
            || v == 0x5341 /* 十 */
    }

    static let bylineLabels: [[Unicode.Scalar]] = [
        "来源", "作者", "文章来源", "信息来源", "稿件来源", "编辑", "责任编辑", "记者",
        "通讯员",
    ].map { Array($0.unicodeScalars) }

    /// 来源：浙江日报, 2017年08月22日09:55 来源：人民网-理论频道, 作者：… Compared scalar by scalar: this runs on
    /// every short line the speech splitter looks at.
    private static func isByline(_ s: [Unicode.Scalar], _ text: String) -> Bool {
        let start = s.first.map { UTF8Text.folded($0.value) == Scalar.openParen } == true ? 1 : 0
        for label in bylineLabels
        where s.count > start + label.count && s[start..<(start + label.count)].elementsEqual(label) {
            if UTF8Text.folded(s[start + label.count].value) == Scalar.colon { return true }
        }
        // A publisher and a date: 县委办公室编　2024年3月1日.
        if s.count <= 40, let blank = s.lastIndex(where: { UTF8Text.isBlank($0.value) }), blank + 1 < s.count,
            dateEnd(Array(s[(blank + 1)...]), from: 0) == s.count - blank - 1
        {
            return true
        }
        // A time stamp followed by a source field.
        guard let first = s.first, Scalar.isASCIIDigit(first.value) else { return false }
        return text.containsBytes("来源：") || text.containsBytes("来源:")
    }

    /// 第5期, （第12期）, 总第123期: a bulletin's issue number.
    private static func isIssueNumber(_ s: [Unicode.Scalar]) -> Bool {
        var body = s[...]
        if let first = body.first, UTF8Text.folded(first.value) == Scalar.openParen { body = body.dropFirst() }
        if let last = body.last, UTF8Text.folded(last.value) == Scalar.closeParen { body = body.dropLast() }
        if body.first == "总" { body = body.dropFirst() }
        guard body.first == "第", body.last == "期", body.count >= 3 else { return false }
        return body.dropFirst().dropLast().allSatisfy { isDateDigit($0.value) }
    }

    /// An office and a name separated by a space, or a name of two to four Chinese characters alone.
    private static func isSpeaker(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 24 else { return false }
        let tokens = split(s)
        guard let name = tokens.last, name.count >= 2, name.count <= longestNameScalars,
            name.allSatisfy({ isHan($0.value) })
        else { return false }
        // A name alone must open with a surname: "工作简报" or "学习专栏" is not a person.
        if tokens.count == 1 { return surnames.contains(name[0]) }
        // The office before the name: Chinese characters only (no punctuation), short.
        let office = tokens.dropLast().joined()
        return office.count <= 20 && office.allSatisfy { isHan($0.value) }
    }

    private static func split(_ s: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var tokens: [[Unicode.Scalar]] = [[]]
        for scalar in s {
            if UTF8Text.isBlank(scalar.value) || scalar == "·" {
                if !tokens[tokens.count - 1].isEmpty { tokens.append([]) }
            } else {
                tokens[tokens.count - 1].append(scalar)
            }
        }
        if tokens.last?.isEmpty == true { tokens.removeLast() }
        return tokens
    }

    /// A photographer's credit (…记者 王鼎 摄), or someone delivering the report (X作政府工作报告; the 作 of 工作
    /// does not count).
    private static func isCaption(_ s: [Unicode.Scalar]) -> Bool {
        // 摄 影 告 话 言 end a caption, or 记者 stands in it: test before copying.
        guard let end = s.last(where: { !UTF8Text.isBlank($0.value) }),
            "摄影告话言".unicodeScalars.contains(end) || s.contains("记")
        else { return false }
        let scalars = s.filter { !UTF8Text.isBlank($0.value) }
        func ends(_ suffix: String) -> Bool { scalars.reversed().starts(with: suffix.unicodeScalars.reversed()) }
        if ends("摄") || ends("摄影") { return true }
        if scalars.indices.contains(where: { $0 > 0 && scalars[$0 - 1] == "记" && scalars[$0] == "者" }) { return true }
        guard ends("报告") || ends("讲话") || ends("发言") else { return false }
        // Someone 作 the report: 作 is a verb (not 工作, 创作, 作风), and what follows names the report, not a
        // meeting (…大会上的讲话 is a title).
        return scalars.indices.contains { i in
            guard i > 0, scalars[i] == "作", scalars[i - 1] != "工", scalars[i - 1] != "创" else { return false }
            return !scalars[(i + 1)...].contains("的") && !scalars[(i + 1)...].contains("上")
        }
    }

    /// The commonest Chinese surnames (together well over nine in ten people).
    static let surnames: Set<Unicode.Scalar> = Set(
        ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
            + "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
            + "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
            + "柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝").unicodeScalars)

    /// 【10月学习材料】: a collection's label, not a title.
    private static func isBracketed(_ s: [Unicode.Scalar]) -> Bool {
        s.first == "【" && s.last == "】"
    }

    static func isHan(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FA1F)
    }
}
