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

    /// The index is built at the first look-up; look-ups from several threads at once find the same nodes.
    @Test func lookUpsFromSeveralThreadsShareOneIndex() {
        var generator = GeneratedSpeeches(seed: 9)
        let document = Fixtures.document(generator.document(speeches: 20))
        let ids = document.nodes.map(\.id)
        let found = ParallelWork.map(8) { thread in
            ids.indices.filter { $0 % 8 == thread }.map { (index: $0, found: document.nodes.firstIndex(ofID: ids[$0])) }
        }
        for (index, result) in found.joined() { #expect(result == ids.firstIndex(of: ids[index])) }
    }

    @Test func repeatedIDsFindTheFirstNode() {
        var parts = NodeTableParts()
        for (i, id) in ["1.1", "1.2", "1.1", "2.1", "1.2"].enumerated() {
            let range = parts.store(id)
            parts.append(
                NodeRecord(
                    byteStart: UInt32(i), byteEnd: UInt32(i + 1), codePointOffset: UInt32(i), ordinal: 1, line: 1,
                    paragraphIndex: 0, spanEnd: 1, speech: 1, parent: -1, depth: 1, id: range,
                    marker: range, title: range, family: .chineseEnumeration, isInline: false, titleInText: false,
                    titleTruncated: false, titleSafe: false))
        }
        let table = NodeTable(parts.finished(text: TextBytes([])))
        #expect(table.firstIndex(ofID: "1.1") == 0)
        #expect(table.firstIndex(ofID: "1.2") == 1)
        #expect(table.firstIndex(ofID: "2.1") == 3)
        #expect(table.firstIndex(ofID: "3.1") == nil)
    }

    /// A title is the text's own bytes where they read as it (no copy; a joined paragraph's title, which has a line
    /// feed, is a copy: ModelEquivalenceTests' paged text): a title cut short ends with an ellipsis, and a title
    /// with a control character in it is printed safe.
    @Test func titlesReadTheSameFromTheTextAndFromThePool() throws {
        let long = String(repeating: "坚持把纪律规矩挺在前面", count: 10)
        let document = Fixtures.document(
            "关于作风建设的讲话\n\n一、\(long)\n\n二、严格考核。要逐项对账。\n\n三、Ｔａｂ\u{1B}[2J整改。后文。\n")
        let nodes = Array(document.nodes)
        try #require(nodes.count == 3)
        #expect(nodes[0].title == String(long.prefix(TitleExtractor.maximumLength)) + "…")
        #expect(nodes[1].title == "严格考核")
        #expect(nodes[2].title == "Ｔａｂ\u{1B}[2J整改")
        let outline = OutlineText.outline(document)
        #expect(outline.contains("1.1  一、\(long.prefix(TitleExtractor.maximumLength))…  [line 3]"))
        #expect(outline.contains("1.2  二、严格考核  [line 5]"))
        #expect(outline.contains("1.3  三、Ｔａｂ␛[2J整改  [line 7]"))
        for node in nodes { #expect(document.nodes.storage.records[node.index].titleInText) }
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

struct NodeGeometryTests {
    /// The geometry agrees with a walk over the node views: the last node whose span covers a paragraph holds
    /// it, the first leading node leads it, inline items are listed in order.
    @Test func theGeometryAgreesWithAWalkOverTheNodes() {
        var generator = GeneratedSpeeches(seed: 9)
        let inlineItems =
            "在全县工作会议上的讲话\n\n一、抓好两项工作\n\n今年要抓好两项工作：一是着力补短板。要查漏补缺。"
            + "二是全力促均衡。要统筹推进。\n\n二、加强领导\n\n（一）压实责任。一要明确分工；二要定期督查。\n\n"
        let document = Fixtures.document(inlineItems + generator.document(speeches: 30))
        let geometry = NodeGeometry(document)
        var enclosing = [Int32](repeating: -1, count: document.paragraphs.count)
        var leading = [Int32](repeating: -1, count: document.paragraphs.count)
        var inline: [Int: [Int]] = [:]
        for node in document.nodes {
            if node.isInline {
                inline[node.paragraphIndex, default: []].append(node.index)
            } else {
                if leading[node.paragraphIndex] < 0 { leading[node.paragraphIndex] = Int32(node.index) }
                for p in node.paragraphSpan { enclosing[p] = Int32(node.index) }
            }
        }
        #expect(!inline.isEmpty)
        #expect(geometry.enclosingNode == enclosing)
        #expect(geometry.leadingNode == leading)
        #expect(geometry.inlineNodes == inline)
    }
}

/// An id component as written: the ordinal, after a run letter from the second list on (b…z, then z2, z3…).
@Suite struct NodeComponentTextTests {
    @Test(arguments: [
        (1, 3, "3"), (1, 0, "0"), (1, 120, "120"), (2, 3, "b3"), (3, 1, "c1"), (26, 4, "z4"), (27, 4, "z24"),
        (30, 12, "z512"), (1, -2, "-2"),
    ])
    func componentText(run: Int, ordinal: Int, written: String) {
        #expect(NodeComponents.component(run: run, ordinal: ordinal) == written)
        var bytes = Array("1.".utf8)
        NodeComponents.Component.numbered(run: run, ordinal: ordinal).append(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "1." + written)
    }

    /// The table's walk visits what a walk over the node views visits, in the same order, with the same depths
    /// and child flags, and goes into a node's children only when asked to: on the sample and generated speeches.
    @Test func theWalkIsTheNodeViewsWalk() throws {
        var generator = GeneratedSpeeches(seed: 11)
        for document in [try Fixtures.sample(), Fixtures.document(generator.document(speeches: 40))] {
            for refused in [Set<Int>(), Set(document.nodes.indices.filter { $0 % 3 == 0 })] {
                var expected: [[Int]] = []
                func viewsWalk(_ node: Int) {
                    let view = document.nodes[node]
                    expected.append([node, view.depth, view.children.isEmpty ? 0 : 1])
                    if !refused.contains(node) { view.childNodes.forEach(viewsWalk) }
                }
                var visited: [[Int]] = []
                for speech in document.speeches {
                    speech.topLevelNodes.forEach(viewsWalk)
                    document.nodes.walk(from: speech.topLevelNodes) { node, depth, hasChildren in
                        visited.append([node, depth, hasChildren ? 1 : 0])
                        return !refused.contains(node)
                    }
                }
                #expect(visited.count > 10)
                #expect(visited == expected)
            }
        }
    }
}
