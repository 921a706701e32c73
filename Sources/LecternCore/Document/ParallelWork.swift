import Foundation

/// Splits recognition work across the machine's cores. Small inputs stay on one thread: below about a
/// megabyte the work takes less time than handing it out.
package enum ParallelWork {
    static let bytesPerWorker = 1 << 20

    package static func workerCount(forBytes count: Int) -> Int {
        // Asking for the processors reads the system's limits each time: a folder's thousands of small files,
        // each looked at by several steps, would pay for it thousands of times.
        let wanted = count / bytesPerWorker
        guard wanted > 1 else { return 1 }
        return max(1, min(ProcessInfo.processInfo.activeProcessorCount, wanted))
    }

    /// Runs `body` for 0..<count concurrently and returns the results in order.
    package static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        return filled(count, iterations: count) { i, slots in (slots + i).initialize(to: body(i)) }
    }

    /// A result of `count` values, initialized by `fill(iteration, slots)` run concurrently for each iteration;
    /// together the iterations must initialize every slot exactly once.
    private static func filled<T>(
        _ count: Int, iterations: Int, _ fill: (Int, UnsafeMutablePointer<T>) -> Void
    ) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each iteration writes only its own slots.
            nonisolated(unsafe) let slots = buffer.baseAddress!
            withoutActuallyEscaping(fill) { fill in
                nonisolated(unsafe) let work = fill
                DispatchQueue.concurrentPerform(iterations: iterations) { i in work(i, slots) }
            }
            initialized = count
        }
    }

    /// `body` for the parts of 0..<count (`parts` ranges, run side by side), the results joined in order: the same
    /// for any number of parts when `body` treats each item on its own.
    package static func inParts<T>(_ count: Int, parts: Int, _ body: (Range<Int>) -> [T]) -> [T] {
        let ranges = ranges(count, parts: parts)
        // One part (every file under a few megabytes) is the body's own array, not a copy of it.
        guard ranges.count > 1 else { return body(0..<count) }
        return map(ranges.count) { body(ranges[$0]) }.flatMap { $0 }
    }

    /// `transform` of each of 0..<count, worked out in ranges side by side and written straight into the result:
    /// `inParts` would join the parts' arrays afterwards, a copy of the whole on one thread. With more than one
    /// part the items go in `slicesPerPart` times as many ranges, taken by whichever core is free: the items are
    /// not equally costly (a text's head and tail, its flattened pages), and halves left one core idle at the end.
    package static func mapEach<T>(_ count: Int, parts: Int, _ transform: (Int) -> T) -> [T] {
        let ranges = ranges(count, parts: slices(forWorkers: parts))
        guard ranges.count > 1 else { return (0..<count).map(transform) }
        return filled(count, iterations: ranges.count) { k, slots in
            for i in ranges[k] { (slots + i).initialize(to: transform(i)) }
        }
    }

    /// How many ranges a core's share of the work is cut into, so that no core waits for another at the end.
    static let slicesPerPart = 4

    /// Ranges to cut work for `workers` into, taken by whichever core is free: one for a single worker.
    static func slices(forWorkers workers: Int) -> Int { workers > 1 ? workers * slicesPerPart : 1 }

    /// The same for `count` bytes: one under two workers' worth.
    static func slices(forBytes count: Int) -> Int { slices(forWorkers: workerCount(forBytes: count)) }

    /// Where each of parts of `counts` starts when they are laid one after another, and (last) where they end.
    static func starts(_ counts: [Int]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(counts.count + 1)
        for count in counts { starts.append(starts[starts.count - 1] + count) }
        return starts
    }

    /// Runs two different jobs, on two threads when `concurrently`, and returns both results.
    static func both<A, B>(_ first: () -> A, _ second: () -> B, concurrently: Bool = true) -> (A, B) {
        guard concurrently else { return (first(), second()) }
        var a: A?
        var b: B?
        // `map`'s plumbing: each of its two iterations writes only its own result.
        _ = map(2) { i in if i == 0 { a = first() } else { b = second() } }
        return (a!, b!)
    }

    /// `parts` contiguous ranges of `0..<total`, as even as possible.
    static func ranges(_ total: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, total))
        return (0..<parts).map { i in (total * i / parts)..<(total * (i + 1) / parts) }
    }

    /// Parts made on their own, one after another in one array: `fill(k, place)` initializes every element of
    /// part k (`counts[k]` of them) in its place. The parts are filled side by side, so joining them copies each
    /// element once, on every core, into memory sized once.
    static func concatenated<T>(
        _ counts: [Int], _ fill: (_ part: Int, _ place: UnsafeMutableBufferPointer<T>) -> Void
    ) -> [T] {
        let starts = starts(counts)
        return [T](unsafeUninitializedCapacity: starts[counts.count]) { buffer, count in
            nonisolated(unsafe) let whole = buffer
            _ = map(counts.count) { k in fill(k, UnsafeMutableBufferPointer(rebasing: whole[starts[k]..<starts[k + 1]]))
            }
            count = starts[counts.count]
        }
    }

    /// Splits items of the given weights into at most `parts` consecutive ranges of about equal weight (none
    /// empty; every item in one).
    static func balancedRanges(_ weights: [Int], parts: Int) -> [Range<Int>] {
        guard !weights.isEmpty else { return [] }
        let total = max(1, weights.reduce(0, +))
        let parts = max(1, min(parts, weights.count))
        var ranges: [Range<Int>] = []
        var start = 0
        var sum = 0
        for (i, weight) in weights.enumerated() where ranges.count < parts - 1 {
            sum += weight
            // Close a range once the weight so far reaches its share, or when the items left are only as many as
            // the ranges still to come.
            let (left, toCome) = (weights.count - (i + 1), parts - 1 - ranges.count)
            if left >= toCome, sum >= total * (ranges.count + 1) / parts || left == toCome {
                ranges.append(start..<(i + 1))
                start = i + 1
            }
        }
        ranges.append(start..<weights.count)
        return ranges.filter { !$0.isEmpty }
    }

    /// Splits bytes into `parts` ranges that each end just after a line feed (the last one at the end).
    static func lineAlignedRanges(_ bytes: UnsafeBufferPointer<UInt8>, parts: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for i in 1..<max(parts, 1) {
            var cut = bytes.count * i / parts
            while cut < bytes.count, bytes[cut - 1] != 0x0A { cut += 1 }
            if cut <= start || cut >= bytes.count { continue }
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<bytes.count)
        return ranges
    }
}
