/// Tab completion of the last word typed in a tag prompt, from the tags used in the open files (most used
/// first): Tab puts in the first that starts with the word, Tab again the next one, round the list.
struct TagCompletion: Equatable {
    /// The word as typed before completing.
    let typed: String
    let candidates: [String]
    var shown: Int

    /// Starts completing the last word of `text`; nil when no known tag starts with it.
    init?(text: String, known: [String]) {
        let words = TagCompletion.words(text)
        let typed = text.last.map { TagCompletion.isSeparator($0) } ?? true ? "" : (words.last ?? "")
        let already = Set(words.dropLast(typed.isEmpty ? 0 : 1))
        let candidates = known.filter { $0.hasPrefix(typed) && $0 != typed && !already.contains($0) }
        guard !candidates.isEmpty else { return nil }
        self.typed = typed
        self.candidates = candidates
        shown = 0
    }

    /// What the completed word currently reads in the text (to replace it with the next candidate).
    var inserted: String { candidates[shown] + " " }

    static func isSeparator(_ c: Character) -> Bool { c == " " || c == "," || c == "，" || c == "、" || c == "\u{3000}" }

    /// Tags typed in a prompt: separated by spaces or commas (，、 too).
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: isSeparator).map(String.init)
    }
}
