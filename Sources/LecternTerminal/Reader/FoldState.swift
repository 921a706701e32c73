/// Which speeches and nodes are folded. One state serves the tree and the reading pane.
public struct FoldState: Equatable, Sendable {
    public var speeches: Set<Int> = []
    public var nodes: Set<Int> = []

    public init() {}

    public func isFolded(_ target: FoldTarget) -> Bool {
        switch target {
        case .speech(let k): return speeches.contains(k)
        case .node(let n): return nodes.contains(n)
        }
    }

    public mutating func set(_ target: FoldTarget, folded: Bool) {
        switch target {
        case .speech(let k): if folded { speeches.insert(k) } else { speeches.remove(k) }
        case .node(let n): if folded { nodes.insert(n) } else { nodes.remove(n) }
        }
    }
}

/// Something that folds: a whole speech or a numbered node.
public enum FoldTarget: Hashable, Sendable {
    case speech(Int)
    case node(Int)
}
