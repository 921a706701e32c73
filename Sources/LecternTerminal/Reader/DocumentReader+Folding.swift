/// Folding speeches and nodes: one at a time, all, or down to a level.
extension DocumentReader {
    func isFoldable(_ target: FoldTarget) -> Bool {
        switch target {
        case .speech(let k): return !document.speeches[k - 1].paragraphRange.isEmpty
        case .node(let n): return index.isFoldable(node: n)
        }
    }

    func parent(of target: FoldTarget) -> FoldTarget? {
        guard case .node(let n) = target else { return nil }
        if let parent = document.nodes[n].parent { return .node(parent) }
        return .speech(document.nodes[n].speech)
    }

    /// The foldable target itself or its nearest foldable ancestor.
    func foldable(from target: FoldTarget) -> FoldTarget? {
        var current: FoldTarget? = target
        while let t = current {
            if isFoldable(t) { return t }
            current = parent(of: t)
        }
        return nil
    }

    mutating func setFold(_ target: FoldTarget, folded: Bool) {
        folds.set(target, folded: folded)
        afterFoldChange(keeping: target)
    }

    mutating func toggleFold(_ target: FoldTarget) {
        guard let target = foldable(from: target) else { return }
        setFold(target, folded: !folds.isFolded(target))
    }

    mutating func unfoldAll() {
        folds = FoldState()
        afterFoldChange(keeping: nil)
    }

    /// Shows speeches and nodes down to `level` (speeches are level 0): deeper ones are folded.
    mutating func fold(toLevel level: Int) {
        var state = FoldState()
        if level <= 0 { state.speeches = Set(document.speeches.map(\.number)) }
        for node in document.nodes where node.depth >= level && index.isFoldable(node: node.index) {
            state.nodes.insert(node.index)
        }
        folds = state
        afterFoldChange(keeping: nil)
    }

    /// Folds everything except the way to `nodes` and the nodes themselves (a tag filter); with no nodes the
    /// whole document is folded to its speeches.
    mutating func fold(toShow nodes: [Int]) {
        var state = FoldState()
        state.speeches = Set(document.speeches.map(\.number))
        for node in document.nodes where index.isFoldable(node: node.index) { state.nodes.insert(node.index) }
        for node in nodes {
            state.set(.speech(document.nodes[node].speech), folded: false)
            for n in index.ancestry(of: node) { state.set(.node(n), folded: false) }
        }
        folds = state
        afterFoldChange(keeping: nil)
    }

    /// After folds change the cursor moves to a line still shown: the folded heading when it was inside.
    private mutating func afterFoldChange(keeping target: FoldTarget?) {
        if let target, !flow.isVisible(cursor.slot) || isInside(cursor, target) { cursor = position(of: target) }
        normalize()
    }

    private func isInside(_ position: ReadingPosition, _ target: FoldTarget) -> Bool {
        guard folds.isFolded(target) else { return false }
        return !flow.isVisible(position.slot)
    }
}
