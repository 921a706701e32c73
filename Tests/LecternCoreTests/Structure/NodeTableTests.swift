import LecternTestSupport
import Testing

@testable import LecternCore

struct NodeTableTests {
    /// The id index finds what a walk through the nodes finds: every id of a big generated document, ids that
    /// are not there, and the first of repeated ids.
    @Test func theIDIndexFindsWhatAWalkFinds() throws {
        var generator = GeneratedSpeeches(seed: 5)
        let document = Fixtures.document(generator.document(speeches: 60))
        #expect(document.nodes.count > 500)
        for node in document.nodes {
            #expect(document.nodes.firstIndex(ofID: node.id) == document.nodes.firstIndex { $0.id == node.id })
        }
        for missing in ["", "0", "1.", "999.1", "1.1.1.1.1.1.9", "一"] {
            #expect(document.nodes.firstIndex(ofID: missing) == nil)
        }
    }

    @Test func repeatedIDsFindTheFirstNode() {
        var parts = NodeTableParts()
        for (i, id) in ["1.1", "1.2", "1.1", "2.1", "1.2"].enumerated() {
            let range = parts.store(id)
            parts.append(
                NodeRecord(
                    byteStart: i, byteEnd: i + 1, codePointOffset: i, ordinal: 1, line: 1,
                    paragraphIndex: 0, spanEnd: 1, speech: 1, parent: -1, depth: 1, id: range,
                    marker: range, title: range, family: .chineseEnumeration, isInline: false))
        }
        let table = NodeTable(parts.finished())
        #expect(table.firstIndex(ofID: "1.1") == 0)
        #expect(table.firstIndex(ofID: "1.2") == 1)
        #expect(table.firstIndex(ofID: "2.1") == 3)
        #expect(table.firstIndex(ofID: "3.1") == nil)
    }

    /// Children come from the parents in document order; a node view reads its row.
    @Test func childrenAndViewsReadTheRows() throws {
        let document = try Fixtures.sample()
        for node in document.nodes {
            #expect(node.children == document.nodes.indices.filter { document.nodes[$0].parent == node.index })
        }
        #expect(NodeTable().isEmpty)
    }
}
