/// Each requirement's siblings, its place among them and its children, found once per document: a node's
/// `children` builds a new array on every call, and finding each node of a long flat list in that list is quadratic.
struct SiblingOrder {
    /// The sibling lists: each speech's top-level requirements, then the children of each requirement that has any.
    private let lists: [[Int]]
    /// Per node: which of `lists` holds it.
    private let listOf: [Int]
    /// Per node: its index in that list.
    private let placeOf: [Int]
    /// Per node: which of `lists` holds its children, or nil for a leaf.
    private let childListOf: [Int?]

    init(_ document: Document) {
        var lists = document.speeches.map(\.topLevelNodes)
        var childListOf = [Int?](repeating: nil, count: document.nodes.count)
        for node in document.nodes {
            let children = node.children
            guard !children.isEmpty else { continue }
            childListOf[node.index] = lists.count
            lists.append(children)
        }
        var listOf = [Int](repeating: 0, count: document.nodes.count)
        var placeOf = [Int](repeating: 0, count: document.nodes.count)
        for (list, members) in lists.enumerated() {
            for (place, node) in members.enumerated() {
                listOf[node] = list
                placeOf[node] = place
            }
        }
        self.lists = lists
        self.listOf = listOf
        self.placeOf = placeOf
        self.childListOf = childListOf
    }

    /// The node's siblings, itself among them, in order.
    func siblings(of node: Int) -> [Int] { lists[listOf[node]] }

    /// The node's index among its siblings.
    func place(of node: Int) -> Int { placeOf[node] }

    /// The node's children, in order.
    func children(of node: Int) -> [Int] { childListOf[node].map { lists[$0] } ?? [] }
}
