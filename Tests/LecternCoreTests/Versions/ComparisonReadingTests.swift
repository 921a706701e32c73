import LecternCore
import LecternTestSupport
import Testing

/// What the reader's comparison view reads of a comparison: the changed nodes in reading order, the next and
/// previous after a node, the removed requirements where they were, old texts and the count line.
@Suite struct ComparisonReadingTests {
    func reading(_ edit: (String) -> String) throws -> (ComparisonReading, Document) {
        let text = try VersionPairs.sampleText()
        let old = Fixtures.document(text, path: "old.txt")
        let new = Fixtures.document(edit(text), path: "new.txt")
        return (ComparisonReading(DocumentComparison.compare(old, new), old: old), new)
    }

    @Test func theChangedNodesAreInReadingOrderAndJumpsStopAtTheEnds() throws {
        let (reading, new) = try reading { VersionPairs.rewordingItem(VersionPairs.insertingItem($0)) }
        #expect(reading.changedNodes.map { new.nodes[$0].id } == ["2.1.3", "2.1.4", "2.1.5", "2.2.3"])
        let first = reading.changedNodes[0]
        #expect(reading.changedNode(after: nil) == first)
        #expect(reading.changedNode(after: first - 1) == first)
        #expect(reading.changedNode(after: first) == reading.changedNodes[1])
        #expect(reading.changedNode(after: reading.changedNodes[3]) == nil)
        #expect(reading.changedNode(before: first) == nil)
        #expect(reading.changedNode(before: reading.changedNodes[3]) == reading.changedNodes[2])
        #expect(reading.changedRequirement(new: first - 1) == nil)
        #expect(reading.changedRequirement(new: first)?.kind == .added)
        #expect(reading.summary == "1 reworded, 1 added, 2 renumbered")
        #expect(reading.removed.isEmpty)
    }

    @Test func aRemovedSectionFollowsWhatItsPredecessorBecameWithItsOldText() throws {
        let (reading, new) = try reading(VersionPairs.removingSection)
        let removed = try #require(reading.removed.first)
        #expect(reading.removed.count == 1)
        #expect(removed.old.id == "1.4")
        #expect(removed.depth == 1)
        #expect(removed.after.map { new.nodes[$0].id } == "1.3")
        #expect(reading.oldText(removed.old).hasPrefix("评改结合,认真落实评议"))
        #expect(reading.summary == "1 renumbered, 1 removed")
    }

    @Test func identicalVersionsHaveNoChanges() throws {
        let (reading, _) = try reading { $0 }
        #expect(reading.changedNodes.isEmpty)
        #expect(reading.summary == "no changes")
    }
}
