/// Finds a count a paragraph announces: 讲三点意见, 提两点要求, 以下五种能力, 抓好四个方面. A trigger word, a
/// Chinese numeral, then a counting word. One pass over the paragraph's bytes; strings are made only for a match
/// (this runs on every paragraph when the reader marks problems).
struct CountAnnouncement: Equatable {
    /// The matched words as written, for messages: "以下五种".
    let text: String
    let count: Int

    private static let singleTriggers: Set<UInt32> = [0x8BB2, 0x63D0, 0x8C08, 0x8BF4]  // 讲 提 谈 说
    /// Two-character triggers, each as its two scalars in one number (first << 32 | second): no array is made
    /// per numeral scanned.
    private static let pairTriggers: Set<UInt64> = Set(
        [
            (0x4EE5, 0x4E0B), (0x4E0B, 0x9762), (0x5F3A, 0x8C03), (0x6293, 0x597D),  // 以下 下面 强调 抓好
            (0x505A, 0x597D), (0x505A, 0x5230), (0x628A, 0x63E1), (0x7A81, 0x51FA),  // 做好 做到 把握 突出
        ].map { pair(UInt32($0.0), UInt32($0.1)) })

    private static func pair(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 32 | UInt64(second) }

    static func first(in text: String) -> CountAnnouncement? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { first(in: $0, 0..<$0.count) }
    }

    static func first(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CountAnnouncement? {
        // Only a numeral can start the count, so the work per scalar is a decode and a comparison; the two
        // scalars before it (a possible trigger) are kept in locals.
        var before2: (value: UInt32, start: Int) = (0, range.lowerBound)
        var before1: (value: UInt32, start: Int) = (0, range.lowerBound)
        var i = range.lowerBound
        while i < range.upperBound {
            let (value, length) = UTF8Text.scalar(in: bytes, at: i)
            if isCountNumeral(value) {
                let triggerStart: Int?
                if singleTriggers.contains(before1.value) {
                    triggerStart = before1.start
                } else if pairTriggers.contains(pair(before2.value, before1.value)) {
                    triggerStart = before2.start
                } else {
                    triggerStart = nil
                }
                if let triggerStart, let found = count(from: i, triggerStart: triggerStart, in: bytes, range) {
                    return found
                }
            }
            before2 = before1
            before1 = (value, i)
            i += length
        }
        return nil
    }

    /// Reads numeral + counting word at `start`; nil unless both are there.
    private static func count(
        from start: Int, triggerStart: Int, in bytes: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>
    ) -> CountAnnouncement? {
        var numeralEnd = start
        var numerals = 0
        while numeralEnd < range.upperBound, numerals < 2 {
            let (value, length) = UTF8Text.scalar(in: bytes, at: numeralEnd)
            guard isCountNumeral(value) else { break }
            numeralEnd += length
            numerals += 1
        }
        var cursor = ScalarCursor(bytes, from: start, to: numeralEnd)
        guard let count = ChineseNumeral.read(&cursor, allowLiang: true), cursor.isAtEnd, count >= 2 else { return nil }
        var probe = ScalarCursor(bytes, from: numeralEnd, to: range.upperBound)
        let first = probe.next()
        let second = probe.next()
        let third = probe.next()
        let words: Int
        switch (first, second, third) {
        case (0x4E2A, 0x65B9, 0x9762): words = 3  // 个方面
        case (0x65B9, 0x9762, _), (0x53E5, 0x8BDD, _): words = 2  // 方面 句话
        case (0x70B9, _, _), (0x79CD, _, _), (0x9879, _, _), (0x6761, _, _), (0x4EF6, _, _), (0x4E2A, _, _):
            words = 1  // 点 种 项 条 件 个
        default: return nil
        }
        var end = numeralEnd
        for _ in 0..<words { end += UTF8Text.scalar(in: bytes, at: end).length }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[triggerStart..<end]), as: UTF8.self)
        return CountAnnouncement(text: text, count: count)
    }

    /// 一 … 十 and 两: a count of two characters at most (十二).
    private static func isCountNumeral(_ s: UInt32) -> Bool {
        s == 0x4E24 || (ChineseNumeral.digit(s).map { $0 > 0 } ?? false) || s == 0x5341
    }
}
