/// Levenshtein distances over scalar values, for quote and context similarity.
enum EditDistance {
    /// Edits turning `a` into `b`.
    static func distance(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b) } }
    }

    private static func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Int {
        // Common ends cost nothing and usually leave little (contexts mostly agree or mostly differ).
        var lowA = 0
        var lowB = 0
        var highA = a.count
        var highB = b.count
        while lowA < highA, lowB < highB, a[lowA] == b[lowB] {
            lowA += 1
            lowB += 1
        }
        while lowA < highA, lowB < highB, a[highA - 1] == b[highB - 1] {
            highA -= 1
            highB -= 1
        }
        let m = highA - lowA
        let n = highB - lowB
        if m == 0 { return n }
        if n == 0 { return m }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (n + 1)) { rows in
            var previous = rows.baseAddress!
            var current = previous + (n + 1)
            for j in 0...n { previous[j] = j }
            for i in 0..<m {
                let x = a[lowA + i]
                current[0] = i + 1
                for j in 0..<n {
                    let y = b[lowB + j]
                    current[j + 1] = Swift.min(previous[j] + (x == y ? 0 : 1), previous[j + 1] + 1, current[j] + 1)
                }
                swap(&previous, &current)
            }
            return previous[n]
        }
    }

    /// 1 − edits / length of the longer side; 1 for two empty strings.
    static func similarity(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Double {
        let length = Swift.max(a.count, b.count)
        guard length > 0 else { return 1 }
        return 1 - Double(distance(a, b)) / Double(length)
    }

    /// The substring of `text[window]` closest to `pattern` (free start and end in the window): its edits and range.
    ///
    /// With `limit`, a window that cannot come within `limit` edits stops early (a row's smallest entry never
    /// decreases further down) and returns more than `limit` edits and an empty range; within the limit the answer
    /// is the same as without one.
    static func bestMatch(
        of pattern: ArraySlice<UInt32>, in text: [UInt32], window: Range<Int>,
        limit: Int = .max
    ) -> (edits: Int, range: Range<Int>) {
        let width = window.count
        guard width > 0 else { return (pattern.count, window.lowerBound..<window.lowerBound) }
        return pattern.withUnsafeBufferPointer { pattern in
            text.withUnsafeBufferPointer { text in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * (width + 1)) { rows in
                    var previous = rows.baseAddress!
                    var current = previous + (width + 1)
                    var previousStart = current + (width + 1)
                    var currentStart = previousStart + (width + 1)
                    let segment = text.baseAddress! + window.lowerBound - 1  // segment[j] is the window's j-th, 1-based
                    for j in 0...width {
                        previous[j] = 0
                        previousStart[j] = Int32(j)
                    }
                    for (i, p) in pattern.enumerated() {
                        current[0] = Int32(i + 1)
                        currentStart[0] = 0
                        var rowMinimum = current[0]
                        for j in 1...width {
                            let substitute = previous[j - 1] + (segment[j] == p ? 0 : 1)
                            let skipPattern = previous[j] + 1
                            let skipText = current[j - 1] + 1
                            let value: Int32
                            if substitute <= skipPattern && substitute <= skipText {
                                value = substitute
                                currentStart[j] = previousStart[j - 1]
                            } else if skipPattern <= skipText {
                                value = skipPattern
                                currentStart[j] = previousStart[j]
                            } else {
                                value = skipText
                                currentStart[j] = currentStart[j - 1]
                            }
                            current[j] = value
                            rowMinimum = Swift.min(rowMinimum, value)
                        }
                        swap(&previous, &current)
                        swap(&previousStart, &currentStart)
                        if Int(rowMinimum) > limit { return (Int(rowMinimum), window.lowerBound..<window.lowerBound) }
                    }
                    var best = 0
                    for j in 0...width where previous[j] < previous[best] { best = j }
                    let start = window.lowerBound + Int(previousStart[best])
                    return (Int(previous[best]), start..<(window.lowerBound + best))
                }
            }
        }
    }

    /// An approximate `bestMatch` for long patterns, in time linear in the pattern's length: the pattern is matched
    /// block by block, each block from where the previous one ended (text skipped in between counts as edits).
    /// The edits are an upper bound of the true ones (they describe one alignment), so a match is never rated
    /// better than it is. Stops early once past `limit`.
    static func blockwiseMatch(
        of pattern: [UInt32], in text: [UInt32], window: Range<Int>, block: Int,
        limit: Int
    ) -> (edits: Int, range: Range<Int>) {
        let empty = window.lowerBound..<window.lowerBound
        guard !window.isEmpty, !pattern.isEmpty else { return (pattern.count, empty) }
        var edits = 0
        var start: Int?
        var end = window.lowerBound
        var offset = 0
        while offset < pattern.count {
            let piece = pattern[offset..<min(pattern.count, offset + block)]
            // The first block may start anywhere the window leaves room for; later ones right after the previous.
            let slack = start == nil ? window.count - pattern.count : 0
            let upper = min(window.upperBound, end + max(0, slack) + piece.count + piece.count / 2)
            guard end < upper else {
                edits += pattern.count - offset
                break
            }
            let match = bestMatch(of: piece, in: text, window: end..<upper, limit: limit - edits)
            edits += match.edits
            if edits > limit { return (edits, empty) }
            if start == nil {
                start = match.range.lowerBound
            } else {
                edits += match.range.lowerBound - end
            }
            end = match.range.upperBound
            offset += piece.count
        }
        guard let start, edits <= limit else { return (edits, empty) }
        return (edits, start..<end)
    }
}
