import Algorithms

/// Where the pages of a paged source (a PDF's extracted text) begin in the text Lectern reads, and the page
/// furniture taken out of it. Only formats with pages have one.
public struct PageLayout: Sendable, Equatable {
    /// The 1-based line of the text on which each page begins: `firstLines[0]` is page 1's. A page left with no
    /// text begins where the next one does.
    public var firstLines: [Int]
    /// Lines taken out as page furniture (running heads, page numbers), in order.
    public var removed: [RemovedLine]

    public init(firstLines: [Int], removed: [RemovedLine]) {
        self.firstLines = firstLines
        self.removed = removed
    }

    public var pageCount: Int { firstLines.count }

    /// The page a line of the text is on (1-based; lines past the last page start are on the last page).
    public func page(ofLine line: Int) -> Int {
        // The pages whose first line is at or before `line`: the last of them.
        max(1, firstLines.partitioningIndex { $0 > line })
    }
}

/// A line of the extracted text that is not in the text Lectern reads: page furniture, kept for `text --raw` and
/// `check`.
public struct RemovedLine: Sendable, Equatable {
    /// The line of the read text it stood before (one past the last line when it stood at the end).
    public var beforeLine: Int
    public var page: Int
    public var text: String
    public var rule: NoiseRule

    public init(beforeLine: Int, page: Int, text: String, rule: NoiseRule) {
        self.beforeLine = beforeLine
        self.page = page
        self.text = text
        self.rule = rule
    }
}
