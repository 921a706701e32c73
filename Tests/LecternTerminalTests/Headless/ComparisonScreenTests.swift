import Foundation
import LecternTerminal
import LecternTestSupport
import Testing

/// The reader beside a comparison (`lectern --diff OLD NEW`), headless on a temporary version pair of the sample:
/// 1.4 removed (1.5 renumbered to 1.4), 2.1.3 inserted (2.1.3 and 2.1.4 renumbered), 2.2.3 reworded.
@Suite struct ComparisonScreenTests {
    @Test func theTreeMarksEachChangeAndTheStatusCountsThem() throws {
        let pair = try VersionPairCopy()
        defer { pair.remove() }
        let rows = try pair.rows("")
        let tree = VersionPairCopy.tree(rows)
        #expect(tree.contains { $0.hasPrefix("+     2.1.3 三是凝聚了共识") })
        #expect(tree.contains { $0.hasPrefix("#     2.1.4 四是理清了思路") })
        #expect(tree.contains { $0.hasPrefix("#     2.1.5 五是增强了信心") })
        #expect(tree.contains { $0.hasPrefix("~     2.2.3 第三") })
        #expect(tree.contains { $0.hasPrefix("#   1.4 四、充分发动") })
        // Unchanged requirements carry no mark.
        #expect(tree.contains { $0.hasPrefix("      2.1.1 一是深化了认识") })
        #expect(rows.last!.contains("diff: 1 reworded, 1 added, 3 renumbered, 1 removed"))
        // The mark has its own style (c) in the style layer.
        let styled = HeadlessRun.styledText(try pair.frame("")).components(separatedBy: "\n")
        let added = try #require(styled.firstIndex { $0.hasPrefix("+     2.1.3") })
        #expect(styled[added + 1].hasPrefix("c"))
    }

    @Test func bracketCJumpsBetweenTheChangedRequirementsInReadingOrder() throws {
        let pair = try VersionPairCopy()
        defer { pair.remove() }
        func status(_ keys: String) throws -> String { try pair.rows(keys).last! }
        #expect(try status("]c").contains("renumbered, was 1.5 五、"))
        #expect(try status("]c").contains("  1.4  "))
        #expect(try status("]c]c").hasPrefix("added"))
        #expect(try status("]c]c").contains("  2.1.3  "))
        #expect(try status("]c]c]c").contains("  2.1.4  "))
        #expect(try status("5]c").contains("  2.2.3  "))
        #expect(try status("5]c[c").contains("  2.1.5  "))
        #expect(try status("]c]c[c").contains("  1.4  "))
        // The tree follows: its selected row is the requirement arrived at.
        let frame = try pair.frame("]c]c]c")
        let selected = try #require(
            (0..<frame.height).first { frame[$0, 0].style.emphasis.contains(.cursor) })
        #expect(frame.rows[selected].hasPrefix("#     2.1.4"))
        // At either end the jump stops with a message.
        #expect(try status("5]c]c").contains("no change after this"))
        #expect(try status("[c").contains("no change before this"))
        // A count in a folded tree still finds the change: the jump unfolds it.
        #expect(try status("zM]c]c").contains("  2.1.3  "))
    }

    @Test func dShowsTheOldTextWithTheDeletedAndInsertedCharactersStyled() throws {
        let pair = try VersionPairCopy()
        defer { pair.remove() }
        let frame = try pair.frame(":2.2.3<Enter>D")
        let text = frame.rows.joined(separator: "\n")
        #expect(text.contains("2.2.3 reworded"))
        #expect(text.contains("old: 2.2.3 第三,必须与时俱进,改革创新,不断增强组织工作的生机和活力"))
        #expect(text.contains("new: 2.2.3 第三,必须与时俱进,改革创新,不断增强组织工作的创造力和凝聚力"))
        // Old and new runs side by side: 生机和活 deleted, 创造力和凝聚 inserted.
        let row = try #require(frame.rows.firstIndex { $0.contains("生机和活创造力和凝聚力") })
        func cells(in role: TextRole) -> String {
            (0..<frame.width).map { frame[row, $0] }.filter { $0.style.role == role }.map(\.text).joined()
        }
        let (deleted, inserted) = (cells(in: .deletedText), cells(in: .insertedText))
        #expect(deleted.contains("生机和活"))
        #expect(inserted.contains("创造力和凝聚"))
        // It scrolls no further than its last line (a short text does not scroll), and Esc closes it.
        #expect(try pair.rows(":2.2.3<Enter>Djjjjk").joined().contains("old: 2.2.3"))
        #expect(!(try pair.rows(":2.2.3<Enter>D<Esc>").joined().contains("old: 2.2.3")))
    }

    @Test func dSaysSoForAnAddedAnUnchangedAndARenumberedRequirement() throws {
        let pair = try VersionPairCopy()
        defer { pair.remove() }
        #expect(try pair.rows(":2.1.3<Enter>D").joined().contains("added in the new version: there is no old text"))
        #expect(try pair.rows(":2.1.1<Enter>D").joined().contains("unchanged"))
        let renumbered = try pair.rows(":2.1.4<Enter>D").joined(separator: "\n")
        #expect(renumbered.contains("old: 2.1.3 三是理清了思路"))
        #expect(renumbered.contains("the text is the same"))
    }

    @Test func aRemovedRequirementIsListedWhereItWasAndShowsItsOldText() throws {
        let pair = try VersionPairCopy()
        defer { pair.remove() }
        let tree = VersionPairCopy.tree(try pair.rows(""))
        let removed = try #require(tree.firstIndex { $0.hasPrefix("-   1.4 四、评改结合,认真落实评议") })
        #expect(tree[removed - 1].hasPrefix("    1.3 三、突出重点"))
        #expect(tree[removed + 1].hasPrefix("#   1.4 四、充分发动"))
        // Its row is selected like any other, and D shows what it said.
        let shown = try pair.rows("<Tab>jjjjD").joined(separator: "\n")
        #expect(shown.contains("1.4 removed"))
        #expect(shown.contains("removed: the new version no longer has it"))
        #expect(shown.contains("评改结合"))
        #expect(!shown.contains("the text is the same"))
        // Moving on from it reaches the next entry.
        let status = try pair.rows("<Tab>jjjjj").last!
        #expect(status.contains("充分发动"))
    }

    @Test func withoutAComparisonTheKeysSaySo() throws {
        let copy = try AnnotatedCopy(names: ["sample.txt"])
        defer { copy.remove() }
        #expect(try copy.run("]c").rows.last!.contains("no versions compared"))
        #expect(!(try copy.run("").rows.last!.contains("diff:")))
    }

    @Test func theComparisonViewSnapshot() throws {
        let pair = try VersionPairCopy()
        defer { pair.remove() }
        let mismatch = Snapshot.mismatch(
            HeadlessRun.styledText(try pair.frame("]c]c")), named: "comparison-view",
            in: ScreenSnapshotTests.directory)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
