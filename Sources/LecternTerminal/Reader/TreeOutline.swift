/// One visible row of the heading tree.
public struct TreeEntry: Equatable, Sendable {
    public let target: FoldTarget
    /// 0 for a speech, a node's depth for a node.
    public let depth: Int
    public let foldable: Bool
}

/// The heading tree's visible entries (speeches → sections → items) under some folds: a value the reader
/// rebuilds whenever its folds change (DocumentReader.folds), so reading it never changes anything.
struct TreeOutline {
    /// The folds the entries are for.
    let folds: FoldState
    let entries: [TreeEntry]
    /// Each target's row among the entries.
    let row: TreeRows

    init(_ index: DocumentIndex, folds: FoldState) {
        self.folds = folds
        var out: [TreeEntry] = []
        let document = index.document
        var rows = TreeRows(speeches: document.speeches.count, nodes: document.nodes.count)
        // A reader opens with nothing folded: every target is an entry, and the walk need not ask each node.
        let foldsNodes = !folds.nodes.isEmpty
        if !foldsNodes, folds.speeches.isEmpty { out.reserveCapacity(document.speeches.count + document.nodes.count) }
        for speech in document.speeches {
            rows.speeches[speech.number - 1] = Int32(out.count)
            out.append(TreeEntry(target: .speech(speech.number), depth: 0, foldable: !speech.topLevelNodes.isEmpty))
            guard !folds.speeches.contains(speech.number) else { continue }
            document.nodes.walk(from: speech.topLevelNodes) { node, depth, hasChildren in
                rows.nodes[node] = Int32(out.count)
                out.append(TreeEntry(target: .node(node), depth: depth, foldable: hasChildren))
                return !foldsNodes || !folds.nodes.contains(node)
            }
        }
        entries = out
        row = rows
    }
}

/// Where each speech and node is among a tree's entries: one row number a speech and a node, -1 for one not shown
/// (folded away). Arrays rather than a dictionary of targets: a folder's thousands of outlines are built at once,
/// and a fold rebuilds its file's.
struct TreeRows {
    fileprivate var speeches: [Int32]
    fileprivate var nodes: [Int32]

    fileprivate init(speeches: Int, nodes: Int) {
        self.speeches = Array(repeating: -1, count: speeches)
        self.nodes = Array(repeating: -1, count: nodes)
    }

    subscript(_ target: FoldTarget) -> Int? {
        let row: Int32
        switch target {
        case .speech(let k):
            guard k >= 1, k <= speeches.count else { return nil }
            row = speeches[k - 1]
        case .node(let n):
            guard n >= 0, n < nodes.count else { return nil }
            row = nodes[n]
        }
        return row < 0 ? nil : Int(row)
    }
}
