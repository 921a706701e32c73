/// Decides whether one line is page chrome from a document-sharing or government site.
///
/// Each rule looks at the whole line and is specific enough to leave real text alone: chrome lines are short,
/// made only of known menu words, or carry fields and phrases that never occur in a speech. Long lines are
/// checked only against the boilerplate phrases.
enum NoiseClassifier {
    /// The rules for a short line. `NoiseFilter` has already checked the boilerplate phrases on the bytes.
    static func rule(for line: String) -> NoiseRule? {
        guard line.utf8.count <= 240 else { return nil }
        if isPageMarker(line) { return .pageMarker }
        if isUploadMetadata(line) { return .uploadMetadata }
        if isBreadcrumb(line) { return .breadcrumb }
        if isLegal(line) { return .legal }
        if isFileName(line) { return .fileName }
        if isToolbar(line) { return .toolbar }
        return nil
    }

    // MARK: - Rules

    /// 第1页 / 共11页 · 第1页 · 共11页 · 第 1 页 · …docx_第1页 · - 3 - · Page 3 of 11
    static func isPageMarker(_ line: String) -> Bool {
        guard line.containsBytes("页") || line.utf8.first.map({ $0 == 0x2D || $0 == 0xE2 || $0 | 0x20 == 0x70 }) == true
        else { return false }
        var chars = Substring(line.filter { !$0.isWhitespace }.lowercased())
        if let underscore = chars.lastIndex(of: "_") { chars = chars[chars.index(after: underscore)...] }
        func take(_ literal: String) -> Bool {
            guard chars.hasPrefix(literal) else { return false }
            chars = chars.dropFirst(literal.count)
            return true
        }
        func takeNumber() -> Bool {
            let digits = chars.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, digits.count <= 5 else { return false }
            chars = chars.dropFirst(digits.count)
            return true
        }
        if take("第") {
            guard takeNumber(), take("页") else { return false }
            if chars.isEmpty { return true }
            return (take("/") || take("／")) && take("共") && takeNumber() && take("页") && chars.isEmpty
        }
        if take("共") { return takeNumber() && take("页") && chars.isEmpty }
        if take("-") || take("—") || take("–") { return takeNumber() && (take("-") || take("—") || take("–")) && chars.isEmpty }
        if take("page") {
            guard takeNumber() else { return false }
            if chars.isEmpty { return true }
            return (take("of") || take("/")) && takeNumber() && chars.isEmpty
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

    static let metadataFields = ["上传人", "上传者", "文档编号", "上传时间", "上传日期", "格式:", "格式：", "页数:", "页数：",
                                 "大小:", "大小：", "浏览次数", "下载次数", "下载积分", "贡献者", "文档格式"]

    /// Two or more upload fields on one line: "上传人:b****2 文档编号:23015383 上传时间:2023-04-30 …".
    static func isUploadMetadata(_ line: String) -> Bool {
        guard line.utf8.contains(0x3A) || line.containsBytes("：") else { return false }
        return metadataFields.lazy.filter { line.containsBytes($0) }.prefix(2).count >= 2
    }

    static func isBreadcrumb(_ line: String) -> Bool {
        // 当 您 你 所 start every breadcrumb label; test the lead bytes before comparing strings.
        guard let first = line.utf8.first, first == 0xE5 || first == 0xE6 || first == 0xE4 else { return false }
        let prefixes = ["当前位置", "您的位置", "你的位置", "您现在的位置", "你现在的位置", "所在位置"]
        guard prefixes.contains(where: { line.hasPrefix($0) }) else { return false }
        return line.containsBytes(">") || line.containsBytes("＞") || line.containsBytes("»") || line.containsBytes("首页")
    }

    static func isLegal(_ line: String) -> Bool {
        if let first = line.utf8.first, first | 0x20 == 0x63 || first == 0xC2 || first == 0x28 {
            let lower = line.lowercased()
            if lower.hasPrefix("copyright") || line.hasPrefix("©") || lower.hasPrefix("(c)") { return true }
        }
        if line.containsBytes("ICP备") || line.containsBytes("ICP证") || line.containsBytes("公网安备") { return true }
        if line.containsBytes("经营许可证编号") { return true }
        return line.containsBytes("版权所有") && (line.containsBytes("网") || line.containsBytes("©")
            || line.lowercased().containsBytes("copyright"))
    }

    static let boilerplatePhrases = ["由会员分享", "可在线阅读", "试读结束", "剩余内容未读", "下载文档到电脑", "查找使用更方便",
                                     "本文档由用户提供", "如有侵权请联系", "扫一扫在手机打开当前页", "扫一扫在手机上查看",
                                     "免责声明：本站", "原创力文档"]
    // Each phrase is checked only on lines with a chrome signal (see NoiseFilter); these all carry ASCII or ： in practice.

    static let boilerplateNeedles: [[UInt8]] = boilerplatePhrases.map { Array($0.utf8) }

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

    static func isToolbar(_ line: String) -> Bool {
        guard line.utf8.count <= 160 else { return false }
        // Most lines fail on their first word (no menu word is longer than 24 bytes); only then split the rest.
        let firstWordBytes = line.utf8.prefix { $0 != 0x20 && $0 != 0x09 && $0 != 0x7C && $0 != 0x2F }
        guard firstWordBytes.count <= 24 else { return false }
        let firstWord = line.prefix { !($0.isWhitespace || $0 == "|" || $0 == "｜" || $0 == "/") }
        guard toolbarWords.contains(String(firstWord)) else { return false }
        let tokens = line.split(whereSeparator: { $0.isWhitespace || $0 == "|" || $0 == "｜" || $0 == "/" })
        guard !tokens.isEmpty, tokens.count <= 12 else { return false }
        // A single 大/中/小 alone is text; only the 【字号：大 中 小】 row uses them.
        if tokens.count == 1, tokens[0].count == 1 { return false }
        return tokens.allSatisfy { toolbarWords.contains(String($0)) }
    }
}
