import Foundation

/// Every numbered node of a document, stored as one array of fixed-size records and one byte pool for the ids,
/// markers and titles: no String, array or object per node (a 100 MB document has about 180,000 nodes).
/// `NumberedNode` values are views made on access; their strings are made only when read.
public struct NodeTable: RandomAccessCollection, Sendable, Equatable {
    let storage: NodeStorage

    init(_ storage: NodeStorage) { self.storage = storage }

    /// A table of no nodes.
    public init() { self.init(NodeTableParts().finished(text: TextBytes([]))) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.records.count }

    public subscript(index: Int) -> NumberedNode {
        precondition(index >= 0 && index < storage.records.count, "node index out of range")
        return NumberedNode(storage: storage, index: index)
    }

    /// The first node whose id is `id`, in constant time (the table's id index compares pool bytes).
    public func firstIndex(ofID id: String) -> Int? {
        var id = id
        return id.withUTF8 { storage.idIndex.firstIndex(of: $0, records: storage.records, pool: storage.pool) }
    }

    public static func == (lhs: NodeTable, rhs: NodeTable) -> Bool {
        lhs.storage === rhs.storage || lhs.elementsEqual(rhs)
    }

    /// Depth first from `roots`, children in document order: `visit(node, depth, hasChildren)` for each node, and
    /// on into its children when it returns true. Read from the table's own arrays, with no node views made: the
    /// reader's tree walks every node of a document each time a fold changes.
    package func walk(from roots: [Int], _ visit: (_ node: Int, _ depth: Int, _ hasChildren: Bool) -> Bool) {
        storage.records.withUnsafeBufferPointer { records in
            storage.childStarts.withUnsafeBufferPointer { starts in
                storage.children.withUnsafeBufferPointer { children in
                    func walk(_ node: Int) {
                        let (first, end) = (Int(starts[node]), Int(starts[node + 1]))
                        guard visit(node, Int(records[node].depth), end > first) else { return }
                        for k in first..<end { walk(Int(children[k])) }
                    }
                    for root in roots { walk(root) }
                }
            }
        }
    }
}

/// Where a string lies in the node pool (or, for a title read from the text, in the text: `NodeRecord.titleInText`).
struct PoolRange: Equatable {
    var start: Int32
    var count: Int32

    /// A range of the text, whose offsets may pass 2 GiB: the start is kept as the bits of a UInt32.
    init(text range: Range<Int>) {
        start = Int32(bitPattern: UInt32(range.lowerBound))
        count = Int32(range.count)
    }

    init(start: Int32, count: Int32) {
        self.start = start
        self.count = count
    }

    var textRange: Range<Int> {
        let lower = Int(UInt32(bitPattern: start))
        return lower..<(lower + Int(count))
    }
}

/// One node, in fixed-size fields.
/// (Offsets in 32 bits, as `SourceLine`'s: 68 bytes a node instead of 88.)
struct NodeRecord {
    var byteStart: UInt32
    var byteEnd: UInt32
    var codePointOffset: UInt32
    var ordinal: Int32
    var line: Int32
    var paragraphIndex: Int32
    /// End of the paragraph span, which starts at `paragraphIndex`.
    var spanEnd: Int32
    var speech: Int32
    /// -1 for a node directly under its speech.
    var parent: Int32
    var depth: Int32
    var id: PoolRange
    var marker: PoolRange
    var title: PoolRange
    var family: MarkerFamily
    var isInline: Bool
    /// The title is the text's bytes at `title` (most titles are: they are not copied), followed by
    /// `TitleExtractor.ellipsis` when `titleTruncated`; otherwise it is in the pool.
    var titleInText: Bool
    var titleTruncated: Bool
    /// A title in the text with nothing `TerminalSafeText` replaces: shown without being looked at again.
    var titleSafe: Bool
}

/// The finished, immutable storage a table and its node views share.
final class NodeStorage: Sendable {
    let records: [NodeRecord]
    let pool: [UInt8]
    /// Children of node i are `children[childStarts[i]..<childStarts[i + 1]]`, in document order.
    let childStarts: [Int32]
    let children: [Int32]
    /// The document's text, which most titles are read from.
    let text: TextBytes
    /// Built at the first look-up by id: printing an outline or reading a document never needs it, and on a big
    /// document it costs a pass over every node's id. (A lock rather than `Mutex`, which needs macOS 15.)
    private let idIndexLock = NSLock()
    nonisolated(unsafe) private var builtIDIndex: NodeIDIndex?

    init(records: [NodeRecord], pool: [UInt8], childStarts: [Int32], children: [Int32], text: TextBytes) {
        self.text = text
        self.records = records
        self.pool = pool
        self.childStarts = childStarts
        self.children = children
    }

    var idIndex: NodeIDIndex {
        idIndexLock.withLock {
            if let built = builtIDIndex { return built }
            let index = NodeIDIndex(records: records, pool: pool)
            builtIDIndex = index
            return index
        }
    }

    /// The pool's and the text's bytes, held for `body`: a writer of many nodes takes them once, not per node.
    func withBytes<R>(_ body: (_ pool: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) -> R) -> R {
        pool.withUnsafeBufferPointer { pool in text.withUnsafeBufferPointer { text in body(pool, text) } }
    }

    /// The UTF-8 of a pooled string, as terminal-safe text, appended to `out` (outlines of big documents are
    /// written this way, with no String per node).
    static func appendSafeUTF8(_ range: PoolRange, pool: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let bytes = UnsafeBufferPointer(rebasing: pool[Int(range.start)..<Int(range.start + range.count)])
        if TerminalSafeText.mayNeedPlaceholders(bytes, keepingLineFeeds: false, keepingTabs: false) {
            out.append(contentsOf: TerminalSafeText.sanitize(String(decoding: bytes, as: UTF8.self)).utf8)
        } else {
            out.append(contentsOf: bytes)
        }
    }

    /// A node's title, as terminal-safe UTF-8, appended to `out`. `textUnchanged`: the text still holds what the
    /// titles were extracted from, so one found safe then is safe now (a mapped file written over in place is
    /// looked at again, title by title).
    static func appendSafeTitle(
        of record: NodeRecord, pool: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>,
        to out: inout [UInt8], textUnchanged: Bool
    ) {
        guard record.titleInText else { return appendSafeUTF8(record.title, pool: pool, to: &out) }
        let bytes = UnsafeBufferPointer(rebasing: text[record.title.textRange])
        if record.titleSafe && textUnchanged
            || !TerminalSafeText.mayNeedPlaceholders(bytes, keepingLineFeeds: false, keepingTabs: false)
        {
            out.append(contentsOf: bytes)
            if record.titleTruncated { out.append(contentsOf: TitleExtractor.ellipsis.utf8) }
        } else {
            var title = String(decoding: bytes, as: UTF8.self)
            if record.titleTruncated { title += TitleExtractor.ellipsis }
            out.append(contentsOf: TerminalSafeText.sanitize(title).utf8)
        }
    }

    func title(of record: NodeRecord) -> String {
        guard record.titleInText else { return string(record.title) }
        let title = text.withUnsafeBufferPointer { text in
            String(decoding: UnsafeBufferPointer(rebasing: text[record.title.textRange]), as: UTF8.self)
        }
        return record.titleTruncated ? title + TitleExtractor.ellipsis : title
    }

    func string(_ range: PoolRange) -> String {
        pool.withUnsafeBufferPointer { pool in
            String(
                decoding: UnsafeBufferPointer(rebasing: pool[Int(range.start)..<Int(range.start + range.count)]),
                as: UTF8.self)
        }
    }
}

/// Nodes while they are built (a group of speeches at a time), joined in order and then finished.
struct NodeTableParts {
    private(set) var records: [NodeRecord] = []
    private(set) var pool: [UInt8] = []

    var count: Int { records.count }

    subscript(index: Int) -> NodeRecord { records[index] }

    mutating func setSpanEnd(_ end: Int, of index: Int) { records[index].spanEnd = Int32(end) }

    /// A title: the text's own bytes when they read as the title (`TitleExtractor.span`), else a pooled copy.
    /// `safe`: a title in the text that needs no placeholders.
    mutating func storeTitle(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
        PoolRange, inText: Bool, truncated: Bool, safe: Bool
    ) {
        let (span, truncated, plain) = TitleExtractor.span(in: bytes, range)
        if plain || span.isEmpty || memchr(bytes.baseAddress! + span.lowerBound, 0x0A, span.count) == nil {
            return (PoolRange(text: span), true, truncated, plain)
        }
        return (store(TitleExtractor.title(in: bytes, range)), false, false, false)
    }

    /// Text's bytes as a reader sees them (`ReadingText`): copied as they are unless a line feed is among them.
    mutating func storeReading(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> PoolRange {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard range.isEmpty || memchr(slice.baseAddress!, 0x0A, slice.count) == nil else {
            return store(ReadingText.resolvingSoftBreaks(String(decoding: slice, as: UTF8.self)))
        }
        let start = pool.count
        pool.append(contentsOf: slice)
        return PoolRange(start: Int32(start), count: Int32(slice.count))
    }

    mutating func store(_ text: String) -> PoolRange {
        var text = text
        let start = pool.count
        text.withUTF8 { pool.append(contentsOf: $0) }
        return PoolRange(start: Int32(start), count: Int32(pool.count - start))
    }

    /// A child's id: its parent's id, a dot and its component (the parent is already in this part). Written as
    /// bytes: a big document has a few hundred thousand ids.
    mutating func storeID(parent: Int?, speech: Int, component: NodeComponents.Component) -> PoolRange {
        let start = pool.count
        if let parent {
            // Room first, then a copy inside the pool: appending a slice of the pool to itself would copy the pool.
            let id = records[parent].id
            pool.append(contentsOf: repeatElement(0, count: Int(id.count)))
            pool.withUnsafeMutableBufferPointer { pool in
                let base = pool.baseAddress!
                (base + start).update(from: base + Int(id.start), count: Int(id.count))
            }
        } else {
            pool.appendDecimal(speech)
        }
        pool.append(UInt8(ascii: "."))
        component.append(to: &pool)
        return PoolRange(start: Int32(start), count: Int32(pool.count - start))
    }

    mutating func append(_ record: NodeRecord) { records.append(record) }

    /// Parts built on their own, one after another in a table: each part's node indices move by the nodes before
    /// it, its strings by the pool before it. The parts are copied in side by side, each into its own place.
    static func joined(_ parts: [NodeTableParts]) -> NodeTableParts {
        guard parts.count > 1 else { return parts.first ?? NodeTableParts() }
        let nodeStarts = ParallelWork.starts(parts.map(\.records.count))
        let poolStarts = ParallelWork.starts(parts.map(\.pool.count))
        var table = NodeTableParts()
        table.records = ParallelWork.concatenated(parts.map(\.records.count)) { k, place in
            let (nodeDelta, poolDelta) = (Int32(nodeStarts[k]), Int32(poolStarts[k]))
            for (i, original) in parts[k].records.enumerated() {
                var record = original
                if record.parent >= 0 { record.parent += nodeDelta }
                record.id.start += poolDelta
                record.marker.start += poolDelta
                if !record.titleInText { record.title.start += poolDelta }
                (place.baseAddress! + i).initialize(to: record)
            }
        }
        table.pool = ParallelWork.concatenated(parts.map(\.pool.count)) { k, place in
            _ = place.initialize(from: parts[k].pool)
        }
        return table
    }

    /// The storage, with each node's children listed from the parents (children come after their parent, in
    /// index order, so a counting pass keeps document order).
    func finished(text: TextBytes) -> NodeStorage {
        let (starts, children) = childLists()
        return NodeStorage(records: records, pool: pool, childStarts: starts, children: children, text: text)
    }

    /// Children of node i are `children[starts[i]..<starts[i + 1]]`, in document order.
    private func childLists() -> (starts: [Int32], children: [Int32]) {
        var starts = [Int32](repeating: 0, count: records.count + 1)
        for record in records where record.parent >= 0 { starts[Int(record.parent) + 1] += 1 }
        for i in 0..<records.count { starts[i + 1] += starts[i] }
        var next = starts
        var children = [Int32](repeating: 0, count: Int(starts[records.count]))
        for (index, record) in records.enumerated() where record.parent >= 0 {
            children[Int(next[Int(record.parent)])] = Int32(index)
            next[Int(record.parent)] += 1
        }
        return (starts, children)
    }
}
