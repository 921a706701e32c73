import Foundation

/// Every numbered node of a document, stored as one array of fixed-size records and one byte pool for the ids,
/// markers and titles: no String, array or object per node (a 100 MB document has about 180,000 nodes).
/// `NumberedNode` values are views made on access; their strings are made only when read.
public struct NodeTable: RandomAccessCollection, Sendable, Equatable {
    let storage: NodeStorage

    init(_ storage: NodeStorage) { self.storage = storage }

    /// A table of no nodes.
    public init() { self.init(NodeTableParts().finished()) }

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
}

/// Where a string lies in the node pool.
struct PoolRange: Equatable {
    var start: Int32
    var count: Int32
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
}

/// The finished, immutable storage a table and its node views share.
final class NodeStorage: Sendable {
    let records: [NodeRecord]
    let pool: [UInt8]
    /// Children of node i are `children[childStarts[i]..<childStarts[i + 1]]`, in document order.
    let childStarts: [Int32]
    let children: [Int32]
    let idIndex: NodeIDIndex

    init(records: [NodeRecord], pool: [UInt8], childStarts: [Int32], children: [Int32], idIndex: NodeIDIndex) {
        self.records = records
        self.pool = pool
        self.childStarts = childStarts
        self.children = children
        self.idIndex = idIndex
    }

    /// The UTF-8 of a pooled string, as terminal-safe text, appended to `out` (outlines of big documents are
    /// written this way, with no String per node).
    func appendSafeUTF8(_ range: PoolRange, to out: inout [UInt8]) {
        let clean = pool.withUnsafeBufferPointer { pool in
            let bytes = UnsafeBufferPointer(rebasing: pool[Int(range.start)..<Int(range.start + range.count)])
            guard !TerminalSafeText.mayNeedPlaceholders(bytes, keepingLineFeeds: false, keepingTabs: false) else {
                return false
            }
            out.append(contentsOf: bytes)
            return true
        }
        if !clean { out.append(contentsOf: TerminalSafeText.sanitize(string(range)).utf8) }
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

    mutating func store(_ text: String) -> PoolRange {
        var text = text
        let start = pool.count
        text.withUTF8 { pool.append(contentsOf: $0) }
        return PoolRange(start: Int32(start), count: Int32(pool.count - start))
    }

    /// A child's id: its parent's id, a dot and its component (the parent is already in this part).
    mutating func storeID(parent: Int?, speech: Int, component: String) -> PoolRange {
        let start = pool.count
        if let parent {
            // Byte by byte: appending a slice of the pool to itself would copy the whole pool each time.
            let id = records[parent].id
            for k in Int(id.start)..<Int(id.start + id.count) { pool.append(pool[k]) }
        } else {
            pool.append(contentsOf: String(speech).utf8)
        }
        pool.append(UInt8(ascii: "."))
        pool.append(contentsOf: component.utf8)
        return PoolRange(start: Int32(start), count: Int32(pool.count - start))
    }

    mutating func append(_ record: NodeRecord) { records.append(record) }

    /// Room for parts about to be appended, so joining them copies each record once.
    mutating func reserve(_ parts: [NodeTableParts]) {
        records.reserveCapacity(records.count + parts.reduce(0) { $0 + $1.records.count })
        pool.reserveCapacity(pool.count + parts.reduce(0) { $0 + $1.pool.count })
    }

    /// Appends a part built on its own: its node indices move by the nodes before it, its strings by the pool.
    mutating func append(contentsOf part: NodeTableParts) {
        let nodeDelta = Int32(records.count)
        let poolDelta = Int32(pool.count)
        for var record in part.records {
            if record.parent >= 0 { record.parent += nodeDelta }
            record.id.start += poolDelta
            record.marker.start += poolDelta
            record.title.start += poolDelta
            records.append(record)
        }
        pool += part.pool
    }

    /// The storage, with each node's children listed from the parents (children come after their parent, in
    /// index order, so a counting pass keeps document order).
    /// The id index is built on another core while the child lists are laid out (a big document has a few hundred
    /// thousand nodes).
    func finished() -> NodeStorage {
        let (idIndex, (starts, children)) = ParallelWork.both(
            { NodeIDIndex(records: records, pool: pool) }, { childLists() },
            concurrently: records.count >= 50_000)
        return NodeStorage(records: records, pool: pool, childStarts: starts, children: children, idIndex: idIndex)
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
