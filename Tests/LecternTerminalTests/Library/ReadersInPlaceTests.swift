import LecternCore
import LecternTestSupport
import Testing

@testable import LecternTerminal

/// The walks over every reader that read each one where it lies give what walking copies gives.
@Suite struct ReadersInPlaceTests {
    private func readers(_ count: Int) throws -> [DocumentReader] {
        let text = String(decoding: try Fixtures.sampleBytes(), as: UTF8.self)
        return (0..<count).map { DocumentReader(Fixtures.document(text, path: "/nonexistent/\($0).txt")) }
    }

    @Test func walksAnswerAsCopiesDo() throws {
        var readers = try readers(5)
        readers[3].fold(toLevel: 0)
        let folded = readers[3].treeEntries.count
        #expect(folded < readers[0].treeEntries.count)
        #expect(
            readers.sumInPlace { $1.pointee.outline.entries.count } == readers.map(\.treeEntries.count).reduce(0, +))
        #expect(readers.sumInPlace { file, _ in file } == 10)
        #expect(readers.containsInPlace { $0.pointee.outline.entries.count == folded })
        #expect(!readers.containsInPlace { $0.pointee.outline.entries.isEmpty })
        #expect(
            readers.firstInPlace { file, reader in reader.pointee.outline.entries.count == folded ? file : nil } == 3)
        #expect(readers.mapInPlace { $0.pointee.index.document.path } == readers.map(\.document.path))
        #expect([DocumentReader]().sumInPlace { _, _ in 1 } == 0)
        #expect([DocumentReader]().firstInPlace { _, _ in 1 } == nil)
    }

    @Test func aFoldedFileInAFolderCountsOneRow() throws {
        let readers = try readers(3)
        var tree = TreePane(preferredWidth: 30)
        let open = tree.rowCount(in: readers)
        #expect(open == 3 + 3 * readers[0].treeEntries.count)
        tree.foldedFiles = [1]
        #expect(tree.rowCount(in: readers) == open - readers[1].treeEntries.count)
        #expect(tree.row(1 + readers[0].treeEntries.count, in: readers) == TreeRow(file: 1, entry: nil))
        #expect(tree.row(2 + readers[0].treeEntries.count, in: readers) == TreeRow(file: 2, entry: nil))
        #expect(tree.index(of: TreeRow(file: 2, entry: 4), in: readers) == 2 + readers[0].treeEntries.count + 1 + 4)
        #expect(tree.row(open, in: readers) == nil)
    }
}
