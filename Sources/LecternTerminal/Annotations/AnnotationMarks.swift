import Algorithms
import LecternCore

/// What the reader shows of one file's annotations, indexed once per change: the anchored passages in text order
/// (to mark them in the reading pane and step between them), and per numbered requirement its status and tags
/// (for the tree and its "3/5 done" roll-ups).
struct AnnotationMarks {
    struct Passage: Equatable {
        let id: String
        let codePoints: Range<Int>
    }

    /// Anchored passages by start.
    let passages: [Passage]
    private let longest: Int
    /// Requirement (node index) of each annotation that has one and is anchored.
    let nodeOfAnnotation: [String: Int]
    /// A requirement's own status: the latest set on an annotation of it.
    let statusOfNode: [Int: RequirementStatus]
    /// Nodes with a status, in order, for roll-ups.
    private let statusNodes: [Int]
    let tagsOfNode: [Int: [String]]

    init(annotations: [Annotation], index: DocumentIndex) {
        var passages: [Passage] = []
        var nodeOf: [String: Int] = [:]
        var status: [Int: (RequirementStatus, String)] = [:]
        var tags: [Int: [String]] = [:]
        for annotation in annotations {
            guard let start = annotation.anchor.start, let end = annotation.anchor.end else { continue }
            passages.append(Passage(id: annotation.id, codePoints: start..<max(start, end)))
            guard let id = annotation.target.requirement, let node = index.node(id: id) else { continue }
            nodeOf[annotation.id] = node
            if let s = annotation.status, status[node].map({ $0.1 <= annotation.modified }) ?? true {
                status[node] = (s, annotation.modified)
            }
            for tag in annotation.tags where !(tags[node] ?? []).contains(tag) { tags[node, default: []].append(tag) }
        }
        passages.sort {
            ($0.codePoints.lowerBound, $0.codePoints.upperBound) < ($1.codePoints.lowerBound, $1.codePoints.upperBound)
        }
        self.passages = passages
        longest = passages.map(\.codePoints.count).max() ?? 0
        nodeOfAnnotation = nodeOf
        statusOfNode = status.mapValues(\.0)
        statusNodes = status.keys.sorted()
        tagsOfNode = tags
    }

    var isEmpty: Bool { passages.isEmpty }

    /// Index of the first passage starting at or after `offset`.
    func firstPassage(startingAtOrAfter offset: Int) -> Int {
        passages.partitioningIndex { $0.codePoints.lowerBound >= offset }
    }

    /// Passages overlapping `range`, in order.
    func passages(overlapping range: Range<Int>) -> [Passage] {
        guard !passages.isEmpty else { return [] }
        var out: [Passage] = []
        var i = firstPassage(startingAtOrAfter: range.lowerBound - longest)
        while i < passages.count, passages[i].codePoints.lowerBound < range.upperBound {
            let p = passages[i].codePoints
            if p.overlaps(range) || (p.isEmpty && range.contains(p.lowerBound)) { out.append(passages[i]) }
            i += 1
        }
        return out
    }

    /// Done and all of the statuses set on the nodes `nodes` (a subtree or a speech).
    func rollUp(_ nodes: Range<Int>) -> (done: Int, total: Int) {
        var low = statusNodes.partitioningIndex { $0 >= nodes.lowerBound }
        var done = 0
        var total = 0
        while low < statusNodes.count, statusNodes[low] < nodes.upperBound {
            total += 1
            if statusOfNode[statusNodes[low]] == .done { done += 1 }
            low += 1
        }
        return (done, total)
    }

    /// Requirements carrying `tag`, in document order.
    func nodes(taggedWith tag: String) -> [Int] {
        tagsOfNode.filter { $0.value.contains(tag) }.keys.sorted()
    }
}
