/// A character-level diff of two texts given as Unicode scalar values (Chinese has no spaces to split words on),
/// built on the standard library's Myers difference and coalesced into readable chunks.
public enum CharacterDiff {
    /// An equal run this short between two changes is folded into them: 改[-进-]{+善+}了 reads better than
    /// alternating one-character runs.
    static let shortestKeptEqualRun = 3

    public struct Result: Sendable, Equatable {
        public let chunks: [DiffChunk]
        /// Scalars the two texts share: their equal sentences, and within each stretch of changed sentences its
        /// longest common subsequence (only its common start and end for a stretch over `longestCharacterDiff`, or
        /// for a middle of over `longestSentenceDiff` changed sentences).
        public let common: Int
        /// 2 × common / (old + new): 1 for equal texts, 0 for texts sharing nothing.
        public let similarity: Double
    }

    public static func compare(_ old: [UInt32], _ new: [UInt32]) -> Result {
        if old == new {
            let chunks = old.isEmpty ? [] : [DiffChunk(.equal, string(old[...]))]
            return Result(chunks: chunks, common: old.count, similarity: 1)
        }
        let raw = runs(old, new)
        let common = raw.filter { $0.operation == .equal }.reduce(0) { $0 + $1.scalars.count }
        let similarity = Double(2 * common) / Double(max(1, old.count + new.count))
        return Result(
            chunks: coalesced(raw).map { DiffChunk($0.operation, string($0.scalars)) }, common: common,
            similarity: similarity)
    }

    struct Run {
        var operation: DiffChunk.Operation
        var scalars: ArraySlice<UInt32>
    }

    /// A stretch of changed sentences longer than this (old and new scalars together) is reported as deleted and
    /// inserted whole: a character diff of it would cost (length × differences) and show no more than that it was
    /// rewritten.
    static let longestCharacterDiff = 1_000

    /// The raw runs, in order: sentences first (equal sentences stay equal), then the characters of each stretch of
    /// changed sentences, so a long requirement rewritten throughout costs a diff of its sentences, not of its
    /// characters.
    static func runs(_ old: [UInt32], _ new: [UInt32]) -> [Run] {
        let oldSentences = sentences(old)
        let newSentences = sentences(new)
        var ids: [ArraySlice<UInt32>: Int] = [:]
        func id(_ sentence: ArraySlice<UInt32>) -> Int {
            if let known = ids[sentence] { return known }
            ids[sentence] = ids.count
            return ids.count - 1
        }
        let oldIDs = oldSentences.map { id(old[$0]) }
        let newIDs = newSentences.map { id(new[$0]) }
        let (removed, inserted) = sentenceMarks(oldIDs, newIDs)
        var runs: [Run] = []
        var i = 0
        var j = 0
        while i < oldSentences.count || j < newSentences.count {
            if (i < oldSentences.count && removed[i]) || (j < newSentences.count && inserted[j]) {
                let oldStart = i < oldSentences.count ? oldSentences[i].lowerBound : old.count
                let newStart = j < newSentences.count ? newSentences[j].lowerBound : new.count
                while i < oldSentences.count, removed[i] { i += 1 }
                while j < newSentences.count, inserted[j] { j += 1 }
                let oldEnd = i < oldSentences.count ? oldSentences[i].lowerBound : old.count
                let newEnd = j < newSentences.count ? newSentences[j].lowerBound : new.count
                append(changedRuns(old[oldStart..<oldEnd], new[newStart..<newEnd]), to: &runs)
            } else {
                append([Run(operation: .equal, scalars: old[oldSentences[i]])], to: &runs)
                i += 1
                j += 1
            }
        }
        return runs
    }

    /// Changed sentences between common first and last ones, more than this on either side, are taken as
    /// rewritten whole: their sentence diff would cost (sentences × differences) in time and grow with the square
    /// of the differences in memory, and a requirement owns every unnumbered paragraph after it.
    static let longestSentenceDiff = 2_000

    /// Which sentences are removed from `old` and inserted into `new`: the common first and last sentences are
    /// kept, the middle compared by the Myers difference, or marked whole when it is over `longestSentenceDiff`.
    static func sentenceMarks(_ old: [Int], _ new: [Int]) -> (removed: [Bool], inserted: [Bool]) {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] {
            tail += 1
        }
        let oldMiddle = head..<(old.count - tail)
        let newMiddle = head..<(new.count - tail)
        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        if oldMiddle.count > longestSentenceDiff || newMiddle.count > longestSentenceDiff {
            for k in oldMiddle { removed[k] = true }
            for k in newMiddle { inserted[k] = true }
        } else {
            let (middleRemoved, middleInserted) = marks(Array(old[oldMiddle]), Array(new[newMiddle]))
            removed.replaceSubrange(oldMiddle, with: middleRemoved)
            inserted.replaceSubrange(newMiddle, with: middleInserted)
        }
        return (removed, inserted)
    }

    /// Sentences: up to and including each 。！？；, and the rest.
    static func sentences(_ text: [UInt32]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (k, value) in text.enumerated()
        where value == 0x3002 || value == 0xFF01 || value == 0xFF1F || value == 0xFF1B {
            ranges.append(start..<(k + 1))
            start = k + 1
        }
        if start < text.count { ranges.append(start..<text.count) }
        return ranges
    }

    /// Runs appended, a run joined to the last when they are of one kind; empty ones left out.
    private static func append(_ more: [Run], to runs: inout [Run]) {
        for run in more where !run.scalars.isEmpty {
            if let last = runs.last, last.operation == run.operation {
                runs[runs.count - 1].scalars.append(contentsOf: run.scalars)
            } else {
                runs.append(run)
            }
        }
    }

    /// The character runs of a changed stretch: its common ends, and the middle by the Myers difference, or deleted
    /// and inserted whole when it is too long.
    static func changedRuns(_ old: ArraySlice<UInt32>, _ new: ArraySlice<UInt32>) -> [Run] {
        var head = 0
        while head < old.count, head < new.count, old[old.startIndex + head] == new[new.startIndex + head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head,
            old[old.endIndex - 1 - tail] == new[new.endIndex - 1 - tail]
        {
            tail += 1
        }
        let oldMiddle = old[(old.startIndex + head)..<(old.endIndex - tail)]
        let newMiddle = new[(new.startIndex + head)..<(new.endIndex - tail)]
        var runs = [Run(operation: .equal, scalars: old[old.startIndex..<(old.startIndex + head)])]
        if oldMiddle.count + newMiddle.count > longestCharacterDiff {
            runs += [Run(operation: .deleted, scalars: oldMiddle), Run(operation: .inserted, scalars: newMiddle)]
        } else {
            runs += myersRuns(oldMiddle, newMiddle)
        }
        runs.append(Run(operation: .equal, scalars: old[(old.endIndex - tail)..<old.endIndex]))
        return runs
    }

    /// Which elements the standard library's Myers difference removes from `old` and inserts into `new`.
    private static func marks<Element: Equatable>(_ old: [Element], _ new: [Element]) -> (
        removed: [Bool], inserted: [Bool]
    ) {
        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed[offset] = true
            case .insert(let offset, _, _): inserted[offset] = true
            }
        }
        return (removed, inserted)
    }

    /// One run per scalar, as the standard library's Myers difference marks them (joined by `append`).
    private static func myersRuns(_ old: ArraySlice<UInt32>, _ new: ArraySlice<UInt32>) -> [Run] {
        let (removed, inserted) = marks(Array(old), Array(new))
        var runs: [Run] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed[i] {
                runs.append(Run(operation: .deleted, scalars: old[(old.startIndex + i)...(old.startIndex + i)]))
                i += 1
            } else if j < new.count, inserted[j] {
                runs.append(Run(operation: .inserted, scalars: new[(new.startIndex + j)...(new.startIndex + j)]))
                j += 1
            } else {
                runs.append(Run(operation: .equal, scalars: old[(old.startIndex + i)...(old.startIndex + i)]))
                i += 1
                j += 1
            }
        }
        var joined: [Run] = []
        append(runs, to: &joined)
        return joined
    }

    /// Short equal runs between changes folded into them, and each stretch of changes written as its deletions
    /// then its insertions.
    static func coalesced(_ runs: [Run]) -> [Run] {
        var result: [Run] = []
        var deleted: [UInt32] = []
        var inserted: [UInt32] = []
        func flushChanges() {
            if !deleted.isEmpty { result.append(Run(operation: .deleted, scalars: deleted[...])) }
            if !inserted.isEmpty { result.append(Run(operation: .inserted, scalars: inserted[...])) }
            deleted = []
            inserted = []
        }
        for (k, run) in runs.enumerated() {
            switch run.operation {
            case .deleted: deleted += run.scalars
            case .inserted: inserted += run.scalars
            case .equal:
                let between = k > 0 && k < runs.count - 1
                if between, run.scalars.count < shortestKeptEqualRun {
                    deleted += run.scalars
                    inserted += run.scalars
                } else {
                    flushChanges()
                    result.append(run)
                }
            }
        }
        flushChanges()
        return result
    }

    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        var text = String.UnicodeScalarView()
        for value in scalars { if let scalar = Unicode.Scalar(value) { text.append(scalar) } }
        return String(text)
    }
}
