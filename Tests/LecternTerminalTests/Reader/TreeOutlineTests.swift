import LecternCore
import LecternTestSupport
import Testing

@testable import LecternTerminal

/// The tree's entries under folds: what a walk over the node views, skipping folded speeches and nodes, gives.
@Suite struct TreeOutlineTests {
    /// Entries and rows built the plain way: each node's view asked for its children, one by one.
    func plainOutline(_ document: Document, _ folds: FoldState) -> (entries: [TreeEntry], rows: [FoldTarget: Int]) {
        var entries: [TreeEntry] = []
        var rows: [FoldTarget: Int] = [:]
        func walk(_ node: Int) {
            let view = document.nodes[node]
            rows[.node(node)] = entries.count
            entries.append(TreeEntry(target: .node(node), depth: view.depth, foldable: !view.children.isEmpty))
            if !folds.nodes.contains(node) { view.childNodes.forEach(walk) }
        }
        for speech in document.speeches {
            rows[.speech(speech.number)] = entries.count
            entries.append(
                TreeEntry(target: .speech(speech.number), depth: 0, foldable: !speech.topLevelNodes.isEmpty))
            if !folds.speeches.contains(speech.number) { speech.topLevelNodes.forEach(walk) }
        }
        return (entries, rows)
    }

    @Test func foldsHideWhatAPlainWalkHides() throws {
        var generator = GeneratedSpeeches(seed: 17)
        var random = SeededRandom(defaultSeed: 23)
        for document in [try Fixtures.sample(), Fixtures.document(generator.document(speeches: 30))] {
            let index = DocumentIndex(document)
            for round in 0..<40 {
                var folds = FoldState()
                if round > 0 {
                    folds.nodes = Set(document.nodes.indices.filter { _ in Int.random(in: 0..<6, using: &random) == 0 })
                    folds.speeches = Set(
                        document.speeches.map(\.number).filter { _ in Int.random(in: 0..<5, using: &random) == 0 })
                }
                let outline = TreeOutline(index, folds: folds)
                let plain = plainOutline(document, folds)
                #expect(outline.entries == plain.entries, "\(random.replay)")
                let targets =
                    document.speeches.map { FoldTarget.speech($0.number) } + document.nodes.indices.map { .node($0) }
                for target in targets { #expect(outline.row[target] == plain.rows[target], "\(target)") }
            }
        }
    }
}
