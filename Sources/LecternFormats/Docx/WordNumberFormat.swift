/// Formats a list counter the way Word does for a level's w:numFmt.
enum WordNumberFormat {
    static func format(_ value: Int, as numFmt: String) -> String {
        switch numFmt {
        case "decimal": return String(value)
        case "decimalZero": return value < 10 ? "0" + String(value) : String(value)
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
            "chineseLegalSimplified", "koreanCounting":
            return chineseCounting(value)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            return String(String(value).map { digit in Character(String(ideographDigits[Int(String(digit))!])) })
        case "ideographTraditional": return cycle(value, heavenlyStems)
        case "ideographZodiac": return cycle(value, earthlyBranches)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return value >= 1 && value <= 20 ? String(UnicodeScalar(0x245F + UInt32(value))!) : String(value)
        case "decimalEnclosedParen": return "(\(value))"
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(UnicodeScalar($0.value + 0xFEE0)!) })
        case "lowerLetter": return letters(value, upper: false)
        case "upperLetter": return letters(value, upper: true)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "none", "bullet": return ""
        default: return String(value)
        }
    }

    private static let ideographDigits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let heavenlyStems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    private static let earthlyBranches = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]

    /// 一 … 十 十一 … 九十九, 一百 一百零一 …
    static func chineseCounting(_ value: Int) -> String {
        guard value > 0 else { return "〇" }
        if value >= 10_000 { return String(value) }
        let units = ["", "十", "百", "千"]
        let digits = String(value).compactMap { Int(String($0)) }
        var out = ""
        var pendingZero = false
        for (i, digit) in digits.enumerated() {
            let unit = units[digits.count - 1 - i]
            if digit == 0 {
                pendingZero = !out.isEmpty
                continue
            }
            if pendingZero {
                out += "零"
                pendingZero = false
            }
            // 十一, not 一十一, when the number starts with a ten.
            if !(digit == 1 && unit == "十" && out.isEmpty) { out += ideographDigits[digit] }
            out += unit
        }
        return out
    }

    private static func cycle(_ value: Int, _ symbols: [String]) -> String {
        value >= 1 ? symbols[(value - 1) % symbols.count] : String(value)
    }

    private static func letters(_ value: Int, upper: Bool) -> String {
        guard value >= 1 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8((upper ? 65 : 97) + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var out = ""
        for (amount, symbol) in table {
            while rest >= amount {
                out += symbol
                rest -= amount
            }
        }
        return out
    }
}
