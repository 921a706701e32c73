/// Where a line may break: Chinese line-breaking (kinsoku) rules and keeping Latin words whole.
public enum LineBreakRules {
    /// Closing punctuation never starts a line.
    public static let closing: Set<String> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "”", "’", "】", "〕", "〉", "…", "—", "·",
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "％", "%", "〗", "｝", "］",
    ]
    /// Opening punctuation never ends a line.
    public static let opening: Set<String> = [
        "（", "《", "「", "『", "“", "‘", "【", "〔", "〈", "(", "[", "{", "〖", "｛", "［",
    ]

    /// True when a line may end between `before` and `after`.
    public static func canBreak(between before: String, and after: String) -> Bool {
        // Most lines of Chinese end between two Chinese characters, which no rule keeps together: decided
        // without hashing either (wrapping a paragraph of a million characters asks this at every line end).
        if isChineseCharacter(before), isChineseCharacter(after) { return true }
        if closing.contains(after) || opening.contains(before) { return false }
        if isWordPart(before), isWordPart(after) { return false }
        return true
    }

    static func isChineseCharacter(_ text: String) -> Bool {
        guard text.utf8.count == 3, let scalar = text.unicodeScalars.first else { return false }
        return (0x3400...0x4DBF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
    }

    /// Latin letters and digits, which stay together in a word.
    static func isWordPart(_ text: String) -> Bool {
        guard text.utf8.count == 1, let byte = text.utf8.first else { return false }
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2D || byte == 0x27
    }
}
