/// A character-level diff of two texts given as Unicode scalar values (Chinese has no spaces to split words on),
/// built on the standard library's Myers difference and coalesced into readable chunks.
public enum CharacterDiff {
    /// An equal run this short between two changes is folded into them: 改[-进-]{+善+}了 reads better than
    /// alternating one-character runs.
    static let shortestKeptEqualRun = 3

    public struct Result: Sendable, Equatable {
        public let chunks: [DiffChunk]
        /// Scalars the two texts share (the longest common subsequence).
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

    /// The raw runs, in order: removals and insertions as the Myers difference marks them, equal runs between.
    static func runs(_ old: [UInt32], _ new: [UInt32]) -> [Run] {
        // Common prefix and suffix first: the usual small edit then diffs only its middle.
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head,
            old[old.count - 1 - tail] == new[new.count - 1 - tail]
        {
            tail += 1
        }
        let oldMiddle = old[head..<(old.count - tail)]
        let newMiddle = new[head..<(new.count - tail)]
        var removed = [Bool](repeating: false, count: oldMiddle.count)
        var inserted = [Bool](repeating: false, count: newMiddle.count)
        for change in Array(newMiddle).difference(from: Array(oldMiddle)) {
            switch change {
            case .remove(let offset, _, _): removed[offset] = true
            case .insert(let offset, _, _): inserted[offset] = true
            }
        }
        var runs: [Run] = []
        func add(_ operation: DiffChunk.Operation, _ scalars: ArraySlice<UInt32>) {
            if let last = runs.last, last.operation == operation, last.scalars.endIndex == scalars.startIndex {
                runs[runs.count - 1].scalars =
                    (operation == .inserted ? new : old)[
                        last.scalars.startIndex..<scalars.endIndex]
            } else {
                runs.append(Run(operation: operation, scalars: scalars))
            }
        }
        if head > 0 { add(.equal, old[0..<head]) }
        var i = 0
        var j = 0
        while i < oldMiddle.count || j < newMiddle.count {
            if i < oldMiddle.count, removed[i] {
                add(.deleted, old[(head + i)..<(head + i + 1)])
                i += 1
            } else if j < newMiddle.count, inserted[j] {
                add(.inserted, new[(head + j)..<(head + j + 1)])
                j += 1
            } else {
                add(.equal, old[(head + i)..<(head + i + 1)])
                i += 1
                j += 1
            }
        }
        if tail > 0 { add(.equal, old[(old.count - tail)...]) }
        return runs
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
