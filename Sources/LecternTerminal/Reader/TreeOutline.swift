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
    let row: [FoldTarget: Int]

    init(_ index: DocumentIndex, folds: FoldState) {
        self.folds = folds
        var out: [TreeEntry] = []
        let document = index.document
        func walk(_ node: Int) {
            let n = document.nodes[node]
            out.append(TreeEntry(target: .node(node), depth: n.depth, foldable: !n.children.isEmpty))
            if !folds.nodes.contains(node) { n.children.forEach(walk) }
        }
        for speech in document.speeches {
            out.append(TreeEntry(target: .speech(speech.number), depth: 0, foldable: !speech.topLevelNodes.isEmpty))
            if !folds.speeches.contains(speech.number) { speech.topLevelNodes.forEach(walk) }
        }
        entries = out
        row = Dictionary(out.enumerated().map { ($1.target, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
