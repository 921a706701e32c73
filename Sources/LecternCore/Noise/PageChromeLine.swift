import Foundation

/// Single-line shapes of page chrome that only count near a document's head or tail, where the main text has
/// not begun or has ended: site metadata fields, lone separators, buttons, link lists. Inside the text the same
/// shapes can be document content (a notice's 时间：… line), so `EdgeChrome` asks these only at the edges.
enum PageChromeLine {
    static let metadataLabels = [
        "来源", "时间", "发布时间", "发表时间", "发布日期", "更新时间", "日期", "阅读量", "阅读", "点击数",
        "点击量", "点击", "浏览量", "浏览", "浏览次数", "访问量", "作者", "编辑", "责任编辑", "文章来源",
        "信息来源", "稿件来源", "字体", "字号", "分享", "分享到", "发布机构", "发文机关", "索引号",
    ]

    static let buttonPrefixes = [
        "点击", "打印", "关闭", "返回", "收藏", "分享", "扫一扫", "下载", "加入收藏", "设为首页",
        "字号", "字体", "放大", "缩小",
    ]

    static let linkHeadings = [
        "相关报道", "相关文档", "相关链接", "相关阅读", "相关新闻", "相关文章", "相关推荐", "推荐阅读",
        "延伸阅读", "热点推荐", "热门文章", "猜你喜欢", "网站地图", "联系我们", "网站声明", "暂无资料",
        "今天是", "精彩推荐", "最新文章", "热门阅读", "往期回顾",
    ]

    private static let buttonPrefixBytes: [[UInt8]] = buttonPrefixes.map { Array($0.utf8) }

    /// The link headings as a line holds them: alone, or with a colon after.
    private static let linkHeadingLines: Set<String> = Set(linkHeadings.flatMap { [$0, $0 + "：", $0 + ":"] })

    /// The most bytes a line equal to a link heading line can keep: Strings compare canonically, and a CJK
    /// compatibility ideograph equal to a heading's character takes up to four bytes (U+2F804 is 你).
    private static let longestLinkHeadingLineBytes = linkHeadingLines.map { 4 * $0.unicodeScalars.count }.max() ?? 0

    /// Longer lines are not chrome of these shapes (a menu item, a field, a link's headline).
    static let longestBytes = 400

    /// The line's rule, if it is chrome by its shape alone (given where it stands).
    static func rule(for line: String) -> NoiseRule? {
        guard line.utf8.count <= longestBytes else { return nil }
        // The line without its brackets is made only when it could be a link heading or a button: a line of
        // text (the edges' first and last text lines are asked too) is measured, not copied.
        let (keptBytes, scalars) = String.bracketFreeBytesAndScalars(of: line)
        if keptBytes == 0 { return .toolbar }  // 【 】 | > × alone
        if isMetadataField(line) || isTimeStamp(line) { return .pageMetadata }
        let mayBeButton = scalars <= 16
        let trimmed = keptBytes <= longestLinkHeadingLineBytes || mayBeButton ? line.trimmingBrackets : ""
        if keptBytes <= longestLinkHeadingLineBytes, linkHeadingLines.contains(trimmed) { return .toolbar }
        // Prefixes and suffixes compared as bytes (String's compare grapheme by grapheme).
        if mayBeButton, buttonPrefixBytes.contains(where: { trimmed.utf8.starts(with: $0) }),
            !line.containsBytes("。")
        {
            return .toolbar
        }
        if endsWithLinkDate(line) { return .linkList }
        if line.utf8.reversed().starts(with: " |".utf8.reversed())
            || line.utf8.reversed().starts(with: "｜".utf8.reversed())
            || line.utf8.starts(with: "| ".utf8)
        {
            return .toolbar
        }
        if isMenuBar(line) { return .toolbar }
        return nil
    }

    /// A site's menu on one line: three or more short entries between bars, none of them a sentence
    /// ("首页 | 新闻中心 | 政务公开 | 互动交流").
    static func isMenuBar(_ line: String) -> Bool {
        guard line.containsBytes("|") || line.containsBytes("｜") else { return false }
        let entries = line.split { $0 == "|" || $0 == "｜" }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard entries.count >= 3 else { return false }
        return entries.allSatisfy { entry in
            entry.count <= 8 && !entry.contains { "，。；：,;:！？!?".contains($0) }
        }
    }

    /// 来源：北京日报 · 时间：2026-02-02 · 阅读量： · 文章来源：… 作者：… 发布时间：… 点击数：
    /// Compared as bytes: asked of lines at every file's edges, and a folder has thousands of edges.
    static func isMetadataField(_ line: String) -> Bool {
        guard line.utf8.count <= 160, !line.containsBytes("。") else { return false }
        var line = line
        return line.withUTF8 { bytes in
            var start = 0
            // Past opening brackets: ( [ （ 【
            while start < bytes.count {
                if bytes[start] == 0x28 || bytes[start] == 0x5B {
                    start += 1
                } else if isThreeBytes(bytes, at: start, 0xEF, 0xBC, 0x88)
                    || isThreeBytes(bytes, at: start, 0xE3, 0x80, 0x90)
                {
                    start += 3
                } else {
                    break
                }
            }
            return metadataLabelBytes.contains { label in
                let end = start + label.count
                guard end < bytes.count, memcmp(bytes.baseAddress! + start, label, label.count) == 0 else {
                    return false
                }
                return bytes[end] == 0x3A || isThreeBytes(bytes, at: end, 0xEF, 0xBC, 0x9A)  // : or ：
            }
        }
    }

    private static let metadataLabelBytes: [[UInt8]] = metadataLabels.map { Array($0.utf8) }

    private static func isThreeBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8
    ) -> Bool {
        i + 3 <= bytes.count && bytes[i] == a && bytes[i + 1] == b && bytes[i + 2] == c
    }

    /// A line that is a field label waiting for its value on the next line: 来源： / 发表时间： / …点击数：
    static func endsWithEmptyField(_ line: String) -> Bool {
        guard let last = line.last, last == "：" || last == ":" else { return false }
        let head = line.dropLast()
        return metadataLabels.contains { head.hasSuffix($0) }
    }

    /// 2026-02-03 09:02:33 · 2026/2/3 · 09:45
    static func isTimeStamp(_ line: String) -> Bool {
        // A date in words (2024年1月5日) can sign off a document; only the numeric forms of a site's stamp count.
        guard line.containsBytes("-") || line.containsBytes(":") || line.containsBytes("/") else { return false }
        var digits = 0
        for scalar in line.unicodeScalars {
            if scalar.properties.numericType != nil, scalar.isASCII {
                digits += 1
                continue
            }
            guard " -/:.年月日时分秒".unicodeScalars.contains(scalar) else { return false }
        }
        return digits >= 4
    }

    /// A headline link with its date: "…义乌发展经验[06-01]", "…[ 10-24 ]", "…(2024-05-01)".
    static func endsWithLinkDate(_ line: String) -> Bool {
        // The last byte of ] ) ） 】 first: most lines end otherwise, and need no scalars counted.
        guard let last = line.utf8.last, last == 0x5D || last == 0x29 || last == 0x89 || last == 0x91 else {
            return false
        }
        let scalars = Array(line.unicodeScalars.suffix(14))
        guard let close = scalars.last, "]）)】".unicodeScalars.contains(close),
            let open = scalars.lastIndex(where: { "[（(【".unicodeScalars.contains($0) })
        else { return false }
        let inside = scalars[(open + 1)..<(scalars.count - 1)].filter { $0 != " " }
        guard inside.count >= 4, inside.contains("-") || inside.contains("/") else { return false }
        return inside.allSatisfy { ($0.isASCII && $0.properties.numericType != nil) || $0 == "-" || $0 == "/" }
    }
}

extension String {
    /// The line without brackets, separators and blanks that chrome wraps its words in: 【打印正文】 → 打印正文.
    /// Without 【】[]《》<>〈〉|｜×»«›‹, spaces (ASCII, ideographic, no-break) and tabs.
    var trimmingBrackets: String {
        // Most lines have none: the line itself, with no new string.
        guard unicodeScalars.contains(where: { Self.isBracketOrSpace($0.value) }) else { return self }
        var kept = String.UnicodeScalarView()
        for scalar in unicodeScalars where !Self.isBracketOrSpace(scalar.value) { kept.append(scalar) }
        return String(kept)
    }

    /// How many bytes `trimmingBrackets` would keep of `line`, and how many scalars the line has: one pass over
    /// its bytes, no new string.
    static func bracketFreeBytesAndScalars(of line: String) -> (bytes: Int, scalars: Int) {
        var line = line
        return line.withUTF8 { bytes in
            var (kept, scalars, i) = (0, 0, 0)
            while i < bytes.count {
                let (value, length) = UTF8Text.scalar(in: bytes, at: i)
                if !isBracketOrSpace(value) { kept += length }
                scalars += 1
                i += length
            }
            return (kept, scalars)
        }
    }

    private static func isBracketOrSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x20, 0x09, 0xA0, 0xAB, 0xBB, 0xD7,  // [ ] < > | space tab nbsp « » ×
            0x3010, 0x3011, 0x300A, 0x300B, 0x3008, 0x3009, 0x3000,  // 【 】 《 》 〈 〉 ideographic space
            0xFF5C, 0x203A, 0x2039:  // ｜ › ‹
            true
        default: false
        }
    }
}
