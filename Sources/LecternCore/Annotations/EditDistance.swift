/// Levenshtein distances over scalar values, for quote and context similarity.
enum EditDistance {
    /// Edits turning `a` into `b`.
    static func distance(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Int {
        // Common ends cost nothing and usually leave little (contexts mostly agree or mostly differ).
        var a = a, b = b
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            for (j, y) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j] + (x == y ? 0 : 1), previous[j + 1] + 1, current[j] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// 1 − edits / length of the longer side; 1 for two empty strings.
    static func similarity(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Double {
        let length = Swift.max(a.count, b.count)
        guard length > 0 else { return 1 }
        return 1 - Double(distance(a, b)) / Double(length)
    }

    /// The substring of `text[window]` closest to `pattern` (free start and end in the window): its edits and range.
    static func bestMatch(of pattern: [UInt32], in text: [UInt32], window: Range<Int>) -> (edits: Int, range: Range<Int>) {
        let width = window.count
        guard width > 0 else { return (pattern.count, window.lowerBound..<window.lowerBound) }
        var previous = [Int32](repeating: 0, count: width + 1)
        var current = [Int32](repeating: 0, count: width + 1)
        var previousStart = [Int32](0...Int32(width))
        var currentStart = [Int32](repeating: 0, count: width + 1)
        for (i, p) in pattern.enumerated() {
            current[0] = Int32(i + 1)
            currentStart[0] = 0
            for j in 1...width {
                let substitute = previous[j - 1] + (text[window.lowerBound + j - 1] == p ? 0 : 1)
                let skipPattern = previous[j] + 1
                let skipText = current[j - 1] + 1
                if substitute <= skipPattern && substitute <= skipText {
                    current[j] = substitute; currentStart[j] = previousStart[j - 1]
                } else if skipPattern <= skipText {
                    current[j] = skipPattern; currentStart[j] = previousStart[j]
                } else {
                    current[j] = skipText; currentStart[j] = currentStart[j - 1]
                }
            }
            swap(&previous, &current)
            swap(&previousStart, &currentStart)
        }
        var best = 0
        for j in 0...width where previous[j] < previous[best] { best = j }
        let start = window.lowerBound + Int(previousStart[best])
        return (Int(previous[best]), start..<(window.lowerBound + best))
    }
}
