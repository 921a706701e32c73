/// The one binary search: every sorted table of the model and the reader (lines, pages, nodes, hits, marks) is
/// searched through it.
extension RandomAccessCollection {
    /// The index of the first element for which `isBefore` is false, when it is true for a prefix of the
    /// collection and false for the rest: found by halving.
    package func partitionPoint(_ isBefore: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if try isBefore(self[mid]) {
                low = index(after: mid)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
