/// Recognizes a salutation standing alone (同志们：, 各位代表：, 同志们、朋友们：, 各位领导、同志们：), the line that
/// opens a speech. "同志们，…" (a closing) and "同志们！" (an interjection) do not end with a colon and do not match.
enum SalutationMatcher {
    static let addressees: Set<String> = [
        "同志们", "朋友们", "各位代表", "各位领导", "各位来宾", "各位嘉宾", "女士们", "先生们", "同事们", "同学们", "老师们",
        "各位委员", "代表们", "各位同志", "全体同志", "青年朋友们", "老同志们",
    ]

    /// Last characters of the addressees (们 ends most), and the first characters of the prefixed forms: a
    /// cheap test on two scalars before `isSalutation` reads a string.
    static let lastScalars: Set<UInt32> = Set(addressees.compactMap { $0.unicodeScalars.last?.value } + [0x4EEC])
    static let prefixScalars: Set<UInt32> = [0x5404, 0x5C0A, 0x4EB2]  // 各 尊 亲

    static func mayBeSalutation(first: UInt32, lastBeforeColon: UInt32) -> Bool {
        lastScalars.contains(lastBeforeColon) || prefixScalars.contains(first)
    }

    static func isSalutation(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, last == ":" || last == "：", text.count <= 30 else { return false }
        let body = text.dropLast()
        let segments = body.split(whereSeparator: { $0 == "、" || $0 == "," || $0 == "，" || $0 == " " })
        guard !segments.isEmpty else { return false }
        return segments.allSatisfy { segment in
            let word = String(segment)
            if addressees.contains(word) { return true }
            guard word.count <= 12, !word.contains(where: { "。！？；;!?".contains($0) }) else { return false }
            return word.hasPrefix("各位") || word.hasPrefix("尊敬的") || word.hasPrefix("亲爱的") || word.hasSuffix("们")
        }
    }
}
