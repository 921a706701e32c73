/// Chinese numerals as written in numbering: 一 … 九十九, with 十/百/千 and 〇/零, plus 两 in counts.
enum ChineseNumeral {
    @inline(__always)
    static func digit(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00: return 1  // 一
        case 0x4E8C: return 2  // 二
        case 0x4E24: return 2  // 两
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        default: return nil
        }
    }

    @inline(__always)
    static func unit(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x5341: return 10  // 十
        case 0x767E: return 100  // 百
        case 0x5343: return 1000  // 千
        default: return nil
        }
    }

    static func isNumeral(_ scalar: UInt32) -> Bool { digit(scalar) != nil || unit(scalar) != nil }

    /// Reads a numeral at the cursor and returns its value; leaves the cursor unmoved when there is none.
    /// 两 is accepted only when `allowLiang` (it counts, it does not number).
    static func read(_ cursor: inout ScalarCursor, allowLiang: Bool = false) -> Int? {
        var probe = cursor
        var total = 0
        var pending = 0
        var length = 0
        var sawAny = false
        while let s = probe.peek(), length < 8 {
            if s == 0x4E24, !allowLiang { break }
            if let d = digit(s) {
                pending = d
            } else if let u = unit(s) {
                total += (pending == 0 ? 1 : pending) * u  // 十一: a bare unit counts one of it
                pending = 0
            } else {
                break
            }
            sawAny = true
            length += 1
            probe.next()
        }
        guard sawAny else { return nil }
        total += pending
        guard total > 0 else { return nil }
        cursor = probe
        return total
    }

    /// Writes an ordinal as a Chinese numeral (for messages: "一是 missing").
    static func string(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return digits[value] }
        let tens = value / 10
        let ones = value % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }
}
