import LecternCore
import LecternTestSupport
import Testing

/// The comparison on the sample and its edited versions: each edit reported as exactly what it was.
@Suite struct DocumentComparisonTests {
    func compare(_ edit: (String) -> String) throws -> DocumentComparison {
        let text = try VersionPairs.sampleText()
        return DocumentComparison.compare(
            Fixtures.document(text, path: "old.txt"), Fixtures.document(edit(text), path: "new.txt"))
    }

    /// The changes other than unchanged, as "kind old→new".
    func summary(_ comparison: DocumentComparison) -> [String] {
        comparison.changes.filter { $0.kind != .unchanged }.map {
            "\($0.kind.rawValue) \($0.old?.id ?? "-")→\($0.new?.id ?? "-")"
        }
    }

    @Test func aVersionComparedWithItselfIsIdentical() throws {
        let comparison = try compare { $0 }
        #expect(comparison.isIdentical)
        #expect(comparison.changes.count == 38)
        #expect(comparison.changes.allSatisfy { $0.old?.id == $0.new?.id && $0.similarity == 1 })
    }

    @Test func aSpeechInsertedBeforeTheFirstLeavesTheOthersUnchanged() throws {
        let comparison = try compare(VersionPairs.insertingSpeech)
        // Speech 1 is new; the sample's speeches, now 2 to 4, pair with their old selves, not by number.
        #expect(summary(comparison) == ["added -→1.1", "added -→1.2"])
        #expect(comparison.changes.filter { $0.kind == .unchanged }.count == 38)
    }

    @Test func anInsertedItemRenumbersTheLaterOnesWithoutRewordingThem() throws {
        let comparison = try compare(VersionPairs.insertingItem)
        #expect(summary(comparison) == ["added -→2.1.3", "renumbered 2.1.3→2.1.4", "renumbered 2.1.4→2.1.5"])
        let renumbered = comparison.changes.filter { $0.kind == .renumbered }
        #expect(renumbered.allSatisfy { $0.aspects == .renumbered && $0.chunks.isEmpty && $0.similarity == 1 })
        #expect(renumbered.map { "\($0.old!.marker)→\($0.new!.marker)" } == ["三是→四是", "四是→五是"])
        #expect(comparison.change(forNew: 8)?.new?.label == "三是凝聚了共识")
    }

    @Test func aRemovedSectionIsRemovedAndTheNextRenumbered() throws {
        let comparison = try compare(VersionPairs.removingSection)
        #expect(summary(comparison) == ["removed 1.4→-", "renumbered 1.5→1.4"])
        // Listed where it used to be: after what 1.3 became.
        let removed = try #require(comparison.changes.firstIndex { $0.kind == .removed })
        #expect(comparison.changes[removed - 1].new?.id == "1.3")
    }

    @Test func twoSwappedItemsAreBothRenumbered() throws {
        let comparison = try compare(VersionPairs.swappingItems)
        #expect(summary(comparison) == ["renumbered 2.2.5→2.2.4", "renumbered 2.2.4→2.2.5"])
    }

    @Test func aRewordedTitleShowsItsCharacterChanges() throws {
        let comparison = try compare(VersionPairs.rewordingItem)
        #expect(summary(comparison) == ["reworded 2.2.3→2.2.3"])
        let change = try #require(comparison.changes.first { $0.kind == .reworded })
        #expect(change.aspects == .reworded)
        let changed = change.chunks.filter { $0.operation != .equal }.map { "\($0.operation.rawValue):\($0.text)" }
        // The shared 力 stays shared: the smallest change, in one readable run each side.
        #expect(changed == ["deleted:生机和活", "inserted:创造力和凝聚"])
        #expect(change.similarity > 0.8 && change.similarity < 1)
    }

    @Test func aSplitSectionIsASplitWithItsItemsMoved() throws {
        let comparison = try compare(VersionPairs.splittingSection)
        #expect(summary(comparison) == ["split 2.4→2.5", "moved 2.4.4→2.5.1", "moved 2.4.5→2.5.2"])
        let split = try #require(comparison.changes.first { $0.kind == .split })
        #expect(split.related?.id == "2.4")
        #expect(split.new?.label == VersionPairs.splitHeading)
        let moved = comparison.changes.filter { $0.kind == .moved }
        #expect(moved.allSatisfy { $0.aspects == [.moved, .renumbered] })
    }

    @Test func everyEditAtOnceIsReportedAsMade() throws {
        let comparison = try compare(VersionPairs.allEdits)
        #expect(
            summary(comparison) == [
                "removed 1.4→-", "renumbered 1.5→1.4", "added -→2.1.3", "renumbered 2.1.3→2.1.4",
                "renumbered 2.1.4→2.1.5", "reworded 2.2.3→2.2.3", "renumbered 2.2.5→2.2.4",
                "renumbered 2.2.4→2.2.5", "split 2.4→2.5", "moved 2.4.4→2.5.1", "moved 2.4.5→2.5.2",
            ])
        #expect(!comparison.outsideTextDiffers)
        #expect(!comparison.isIdentical)
        let counts = comparison.counts
        #expect(counts == [.unchanged: 29, .renumbered: 5, .reworded: 1, .added: 1, .removed: 1, .split: 1, .moved: 2])
    }

    @Test func everyNodeOfEitherVersionHasItsRecord() throws {
        let text = try VersionPairs.sampleText()
        let old = Fixtures.document(text)
        let new = Fixtures.document(VersionPairs.allEdits(text))
        let comparison = DocumentComparison.compare(old, new)
        for node in new.nodes { #expect(comparison.change(forNew: node.index)?.new?.index == node.index) }
        for node in old.nodes { #expect(comparison.change(forOld: node.index)?.old?.index == node.index) }
        #expect(comparison.newIndex(matchingOld: old.node(id: "2.1.3")!.index) == new.node(id: "2.1.4")!.index)
        #expect(comparison.newIndex(matchingOld: old.node(id: "1.4")!.index) == nil)
    }

    @Test func sectionCountsFollowTheNewVersion() throws {
        let comparison = try compare(VersionPairs.allEdits)
        let section = try #require(comparison.sections.first { $0.id == "2.1" })
        #expect(section.counts == [.unchanged: 3, .added: 1, .renumbered: 2])
        #expect(comparison.sections.first { $0.id == "2.5" }?.counts == [.split: 1, .moved: 2])
    }

    @Test func aLongFlatListRewrittenThroughoutIsAddedAndRemovedItemByItem() {
        // Each unpaired item looks for its neighbours and its place among its siblings: found once per document,
        // not by a scan of the whole list for each item (quadratic: 144 s in a debug build at 20,000 items, 4.7 s now).
        let count = 5_000
        func version(_ text: String) -> Document {
            // Numbers go up to 999: lists of 500 one after another, siblings all (b1, c1, … of the same heading).
            Fixtures.document(paragraphs: ["一、总体要求"] + (0..<count).map { "\($0 % 500 + 1).\(text)" })
        }
        let comparison = DocumentComparison.compare(version("甲乙丙丁戊。"), version("子丑寅卯辰。"))
        #expect(comparison.counts == [.unchanged: 1, .added: count, .removed: count])
    }
}
