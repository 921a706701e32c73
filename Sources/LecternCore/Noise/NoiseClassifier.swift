/// Decides whether one line is page chrome from a document-sharing or government site.
///
/// Each rule looks at the whole line and is specific enough to leave real text alone: chrome lines are short,
/// made only of known menu words, or carry fields and phrases that never occur in a speech. Long lines are
/// checked only against the boilerplate phrases.
enum NoiseClassifier {
    /// The rules for a short line, in order. `NoiseFilter` has already checked the boilerplate phrases.
    static func rule(for line: String) -> NoiseRule? {
        rule(for: line, trying: [.pageMarker, .uploadMetadata, .breadcrumb, .legal, .fileName, .toolbar])
    }

    static func rule(for line: String, trying rules: [NoiseRule]) -> NoiseRule? {
        guard line.utf8.count <= 240 else { return nil }
        return rules.first { rule in
            switch rule {
            case .pageMarker: return isPageMarker(line)
            case .uploadMetadata: return isUploadMetadata(line)
            case .breadcrumb: return isBreadcrumb(line)
            case .legal: return isLegal(line)
            case .fileName: return isFileName(line)
            case .toolbar: return isToolbar(line)
            case .siteBoilerplate: return isSiteBoilerplate(line)
            case .markupDebris: return isMarkupDebris(line)
            case .repeatedTitle, .pageMetadata, .linkList, .pageHead, .pageTail, .pageNumber, .runningHead: return false
            }
        }
    }

    /// The rules that can match a line with these byte-level signals; each rule's text needs them.
    static func candidateRules(signals: ChromeSignals, firstByte: UInt8, length: Int) -> [NoiseRule] {
        var rules: [NoiseRule] = []
        let dashOrP = firstByte == 0x2D || firstByte == 0xE2 || firstByte | 0x20 == 0x70
        if signals.contains(.page) || (signals.contains(.alphanumeric) && dashOrP) { rules.append(.pageMarker) }
        if signals.contains(.colon) { rules.append(.uploadMetadata) }
        if !signals.isDisjoint(with: [.angle, .page]), (0xE4...0xE6).contains(firstByte) { rules.append(.breadcrumb) }
        if !signals.isDisjoint(with: [.alphanumeric, .copyright]) || firstByte == 0x28 { rules.append(.legal) }
        if signals.contains(.dot), signals.contains(.alphanumeric) { rules.append(.fileName) }
        if signals.contains(.separator) || length <= NoiseFilter.shortLineBytes { rules.append(.toolbar) }
        if signals.contains(.markup) { rules.append(.markupDebris) }
        return rules
    }

    // MARK: - Rules

    /// `.nav{font-size:12px}`, `<div class="x">`, `color:#333;`: mostly ASCII, shaped like a style rule or a tag.
    static func isMarkupDebris(_ line: String) -> Bool {
        let utf8 = line.utf8
        let ascii = utf8.lazy.filter { $0 < 0x80 }.count
        guard ascii * 10 >= utf8.count * 8 else { return false }
        if line.containsBytes("{") || line.containsBytes("}") { return true }
        if line.hasPrefix("<"), line.hasSuffix(">") { return true }
        // property:value; pairs
        let pairs = line.split(separator: ";").filter { $0.utf8.contains(0x3A) && !$0.utf8.contains(0x20) }
        return pairs.count >= 2
    }

    /// 第1页 / 共11页 · 第1页共11页 · 第1页 · 共11页 · 第 1 页 · …docx_第1页 · - 3 - · Page 3 of 11
    /// Parsed on the line's bytes with blanks removed and ASCII lowercased (this runs on every page break).
    static func isPageMarker(_ line: String) -> Bool {
        var bytes = [UInt8]()
        bytes.reserveCapacity(line.utf8.count)
        for b in line.utf8 where b != 0x20 && b != 0x09 { bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        var rest = bytes[...]
        if let underscore = rest.lastIndex(of: 0x5F) { rest = rest[(underscore + 1)...] }
        func take(_ literal: String) -> Bool {
            guard rest.starts(with: literal.utf8) else { return false }
            rest = rest.dropFirst(literal.utf8.count)
            return true
        }
        func takeNumber() -> Bool {
            let digits = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }
            guard !digits.isEmpty, digits.count <= 5 else { return false }
            rest = rest.dropFirst(digits.count)
            return true
        }
        func takeDash() -> Bool { take("-") || take("—") || take("–") }
        if take("第") {
            guard takeNumber(), take("页") else { return false }
            if rest.isEmpty { return true }
            _ = take("/") || take("／") || take("，") || take(",") || take("、")
            return take("共") && takeNumber() && take("页") && rest.isEmpty
        }
        if take("共") { return takeNumber() && take("页") && rest.isEmpty }
        if takeDash() { return takeNumber() && takeDash() && rest.isEmpty }
        if take("page") {
            guard takeNumber() else { return false }
            if rest.isEmpty { return true }
            return (take("of") || take("/")) && takeNumber() && rest.isEmpty
        }
        return false
    }

    static let documentExtensions = ["docx", "doc", "pdf", "txt", "wps", "pptx", "ppt", "xlsx", "xls", "rtf", "odt"]

    /// A line that is nothing but a file name with a document extension.
    static func isFileName(_ line: String) -> Bool {
        let utf8 = line.utf8
        guard utf8.count <= 160, let dot = utf8.lastIndex(of: 0x2E) else { return false }
        let ext = String(line.utf8[utf8.index(after: dot)...])?.lowercased() ?? ""
        guard documentExtensions.contains(ext), utf8.distance(from: utf8.startIndex, to: dot) >= 2 else { return false }
        return !line.containsBytes("，") && !line.containsBytes("。")
    }

    static let metadataFields = [
        "上传人", "上传者", "文档编号", "上传时间", "上传日期", "格式:", "格式：", "页数:", "页数：",
        "大小:", "大小：", "浏览次数", "下载次数", "下载积分", "贡献者", "文档格式",
    ]

    static let metadataFieldBytes: [[UInt8]] = metadataFields.map { Array($0.utf8) }

    /// Two or more upload fields on one line: "上传人:b****2 文档编号:23015383 上传时间:2023-04-30 …".
    static func isUploadMetadata(_ line: String) -> Bool {
        guard line.utf8.contains(0x3A) || line.containsBytes("：") else { return false }
        var line = line
        return line.withUTF8 { bytes in
            var found = 0
            for field in metadataFieldBytes where field.withUnsafeBufferPointer({ ByteSearch.contains(bytes, $0) }) {
                found += 1
                if found == 2 { return true }
            }
            return false
        }
    }

    static func isBreadcrumb(_ line: String) -> Bool {
        // 当 您 你 所 start every breadcrumb label; test the lead bytes before comparing strings.
        guard let first = line.utf8.first, first == 0xE5 || first == 0xE6 || first == 0xE4 else { return false }
        guard BreadcrumbLabel.matches(line) else { return false }
        return line.containsBytes(">") || line.containsBytes("＞") || line.containsBytes("»") || line.containsBytes("首页")
    }

    static func isLegal(_ line: String) -> Bool {
        if let first = line.utf8.first, first | 0x20 == 0x63 || first == 0xC2 || first == 0x28 {
            let lower = line.lowercased()
            if lower.hasPrefix("copyright") || line.hasPrefix("©") || lower.hasPrefix("(c)") { return true }
        }
        if line.containsBytes("ICP备") || line.containsBytes("ICP证") || line.containsBytes("公网安备") { return true }
        if line.containsBytes("经营许可证编号") { return true }
        return line.containsBytes("版权所有")
            && (line.containsBytes("网") || line.containsBytes("©")
                || line.lowercased().containsBytes("copyright"))
    }

    static let boilerplatePhrases = [
        "由会员分享", "可在线阅读", "试读结束", "剩余内容未读", "下载文档到电脑", "查找使用更方便",
        "本文档由用户提供", "如有侵权请联系", "扫一扫在手机打开当前页", "扫一扫在手机上查看",
        "免责声明：本站", "原创力文档",
    ]
    // Each phrase is checked only on lines with a chrome signal (see NoiseFilter); these all carry ASCII or ：
    // in practice.

    static func isSiteBoilerplate(_ line: String) -> Bool {
        boilerplatePhrases.contains { line.containsBytes($0) }
    }

    /// Words that make up site menus and buttons. A toolbar line consists of these words only.
    static let toolbarWords: Set<String> = [
        "下载", "相关", "举报", "收藏", "分享", "打印", "打印本页", "关闭", "关闭窗口", "关闭本页", "点击查看更多>>", "点击查看更多",
        "查看更多", "下载资源", "资源描述", "展开阅读全文", "展开全文", "阅读全文", "相关资源", "猜你喜欢", "相关搜索", "相关文档",
        "相关推荐", "热门推荐", "上一篇", "下一篇", "上一页", "下一页", "返回顶部", "返回首页", "首页", "评论", "点赞", "加入收藏",
        "【打印】", "【关闭】", "【收藏】", "【字号：大", "【字号:大", "中", "小】", "【大", "大", "小", "中】", "字号：",
        "分享到", "微信", "微博", "QQ空间", "复制链接", "免费下载", "立即下载", "付费下载", "VIP", "登录", "注册",
        "在线预览", "全屏阅读", "文档下载", "文本预览", "文档信息", "简介",
    ]

    /// Menu words as bytes: hashing byte arrays avoids the Unicode normalization that hashing `String` does.
    static let toolbarWordBytes: Set<[UInt8]> = Set(toolbarWords.map { Array($0.utf8) })

    /// The longest menu word, in bytes: a longer token rules the line out before any lookup.
    static let longestToolbarWordBytes = toolbarWordBytes.map(\.count).max() ?? 0

    /// Each menu word's length with its first and last bytes: a token whose key is not here is no menu word, and
    /// is ruled out without copying it into an array to look it up.
    private static let toolbarWordKeys: Set<UInt32> = Set(
        toolbarWordBytes.map { key(length: $0.count, first: $0[0], last: $0[$0.count - 1]) })

    private static func key(length: Int, first: UInt8, last: UInt8) -> UInt32 {
        UInt32(length) << 16 | UInt32(first) << 8 | UInt32(last)
    }

    static func isToolbar(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { isToolbar($0) }
    }

    /// Splits at blanks, |, / and ｜, and looks each token up as it is cut: the first token that is no menu word
    /// decides (a Chinese line of text is one long token).
    static func isToolbar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 160 else { return false }
        var tokens = 0
        var firstTokenBytes = 0
        var start = 0
        var i = 0
        func isMenuWord(_ end: Int) -> Bool {
            guard end > start else { return true }
            tokens += 1
            if tokens == 1 { firstTokenBytes = end - start }
            return tokens <= 12 && end - start <= longestToolbarWordBytes
                && toolbarWordKeys.contains(key(length: end - start, first: bytes[start], last: bytes[end - 1]))
                && toolbarWordBytes.contains(Array(bytes[start..<end]))
        }
        while i < bytes.count {
            let b = bytes[i]
            var separator = 0
            if b == 0x20 || b == 0x09 || b == 0x7C || b == 0x2F {
                separator = 1
            } else if i + 2 < bytes.count,
                (b, bytes[i + 1], bytes[i + 2]) == (0xE3, 0x80, 0x80)
                    || (b, bytes[i + 1], bytes[i + 2]) == (0xEF, 0xBD, 0x9C)
            {  // ideographic space, ｜
                separator = 3
            }
            if separator > 0 {
                guard isMenuWord(i) else { return false }
                i += separator
                start = i
            } else {
                i += 1
            }
        }
        guard isMenuWord(bytes.count), tokens > 0 else { return false }
        // A single 大/中/小 alone is text; only the 【字号：大 中 小】 row uses them.
        return !(tokens == 1 && firstTokenBytes <= 3)
    }
}
