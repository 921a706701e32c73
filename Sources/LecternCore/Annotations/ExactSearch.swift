/// Every place a sequence of code points occurs, in time linear in the text and the sequence (Knuth–Morris–Pratt):
/// the re-anchorer's fallback when comparing a quote at each place its trigrams line up would cost more — a quote
/// of one character repeated, in a text with a long run of that character, is the hostile case.
enum ExactSearch {
    static func occurrences(of needle: [UInt32], in text: [UInt32]) -> [Int] {
        let m = needle.count
        guard m > 0, m <= text.count else { return [] }
        // failure[k]: the length of the longest proper border of needle[0...k].
        var failure = [Int](repeating: 0, count: m)
        var border = 0
        for k in 1..<m {
            while border > 0, needle[k] != needle[border] { border = failure[border - 1] }
            if needle[k] == needle[border] { border += 1 }
            failure[k] = border
        }
        var found: [Int] = []
        var matched = 0
        for (i, scalar) in text.enumerated() {
            while matched > 0, scalar != needle[matched] { matched = failure[matched - 1] }
            if scalar == needle[matched] { matched += 1 }
            if matched == m {
                found.append(i - m + 1)
                matched = failure[m - 1]
            }
        }
        return found
    }
}
