/// Finds a count a paragraph announces: 讲三点意见, 提两点要求, 以下五种能力, 抓好四个方面. A trigger word, a
/// Chinese numeral, then a counting word. Scans scalars once; no regular expression (this runs on every paragraph).
struct CountAnnouncement: Equatable {
    /// The matched words as written, for messages: "以下五种".
    let text: String
    let count: Int

    private static let singleTriggers: Set<UInt32> = [0x8BB2, 0x63D0, 0x8C08, 0x8BF4] // 讲 提 谈 说
    private static let pairTriggers: Set<[UInt32]> = [
        [0x4EE5, 0x4E0B], [0x4E0B, 0x9762], [0x5F3A, 0x8C03], [0x6293, 0x597D], // 以下 下面 强调 抓好
        [0x505A, 0x597D], [0x505A, 0x5230], [0x628A, 0x63E1], [0x7A81, 0x51FA], // 做好 做到 把握 突出
    ]
    /// 点 种 项 条 件 个, and 方面 / 句话 as two-character words.
    private static let counters: Set<UInt32> = [0x70B9, 0x79CD, 0x9879, 0x6761, 0x4EF6, 0x4E2A]
    private static let twoCharacterCounters: Set<[UInt32]> = [[0x65B9, 0x9762], [0x53E5, 0x8BDD]]

    static func first(in text: String) -> CountAnnouncement? {
        let scalars = Array(text.unicodeScalars.lazy.map(\.value))
        var i = 1
        while i < scalars.count {
            defer { i += 1 }
            guard isCountNumeral(scalars[i]) else { continue }
            let triggerStart: Int
            if singleTriggers.contains(scalars[i - 1]) {
                triggerStart = i - 1
            } else if i >= 2, pairTriggers.contains([scalars[i - 2], scalars[i - 1]]) {
                triggerStart = i - 2
            } else {
                continue
            }
            var end = i
            while end < scalars.count, end - i < 2, isCountNumeral(scalars[end]) { end += 1 }
            guard end < scalars.count else { return nil }
            let counterLength: Int
            if end + 2 < scalars.count, scalars[end] == 0x4E2A, // 个方面
               twoCharacterCounters.contains([scalars[end + 1], scalars[end + 2]]) {
                counterLength = 3
            } else if end + 1 < scalars.count, twoCharacterCounters.contains([scalars[end], scalars[end + 1]]) {
                counterLength = 2
            } else if counters.contains(scalars[end]) {
                counterLength = 1
            } else {
                continue
            }
            guard let count = value(of: Array(scalars[i..<end])), count >= 2 else { continue }
            let words = scalars[triggerStart..<(end + counterLength)].compactMap(Unicode.Scalar.init)
            return CountAnnouncement(text: String(String.UnicodeScalarView(words)), count: count)
        }
        return nil
    }

    /// 一 … 十, 两, and 十一 … 九十九 (two characters at most).
    private static func isCountNumeral(_ s: UInt32) -> Bool {
        s == 0x4E24 || (ChineseNumeral.digit(s).map { $0 > 0 } ?? false) || s == 0x5341
    }

    private static func value(of numeral: [UInt32]) -> Int? {
        let bytes = Array(String(String.UnicodeScalarView(numeral.compactMap(Unicode.Scalar.init))).utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var cursor = ScalarCursor(buffer, from: 0, to: buffer.count)
            guard let value = ChineseNumeral.read(&cursor, allowLiang: true), cursor.isAtEnd else { return nil }
            return value
        }
    }
}
