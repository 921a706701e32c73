import Foundation
import LecternCore
import LecternTerminal
import LecternTestSupport
import Testing

/// The annotations panel, tag filters, and several files: the tree's files, qualified ids, searches across files.
@Suite struct AnnotationPanelScreenTests {
    @Test func thePanelListsFiltersAndJumps() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        _ = try copy.run(":1.2<Enter>a纪律<Enter>:2.4.3<Enter>a考核<Enter>e要看实绩<Enter>")
        let panel = try copy.run("A")
        #expect(panel.rows[0].contains("Annotations: 2"))
        #expect(panel.rows.contains { $0.contains("1.2") && $0.contains("#纪律") })
        #expect(panel.rows.contains { $0.contains("2.4.3") && $0.contains("#考核") && $0.contains("要看实绩") })
        #expect(try copy.run("A/#考<Enter>").rows[0].contains("Annotations: 1"))
        #expect(try copy.run("A/实绩<Enter>").rows[0].contains("Annotations: 1"))
        #expect(try copy.run("A/#考<Enter><Enter>").rows[29].contains("2.4.3"))
        #expect(try copy.run("Aj<Enter>").rows[29].contains("2.4.3"))
        #expect(try copy.run("Aq").rows == (try copy.run("")).rows)
    }

    @Test func orphansAreListedAndReattached() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        _ = try copy.run(":2.4.3<Enter>jv)a纪律<Enter>")
        // The annotated sentence is removed from the source: the annotation is orphaned.
        var text = try String(contentsOfFile: copy.document.path, encoding: .utf8)
        let sentence = try #require(try copy.saved().first?.target.quote.exact)
        text = text.replacingOccurrences(of: sentence, with: "")
        try Data(text.utf8).write(to: URL(fileURLWithPath: copy.document.path))
        let edited = try AnnotatedCopy.reload(copy)
        let panel = try HeadlessRun.run(documents: [edited], width: 100, height: 30, keys: "A")
        #expect(panel.rows.contains { $0.contains("[orphaned]") && $0.contains("#纪律") })
        _ = try HeadlessRun.run(documents: [edited], width: 100, height: 30, keys: ":2.4.3<Enter>Ar")
        let reattached = try AnnotationLayer.open(edited).annotations
        #expect(reattached.first?.anchor.status == .exact)
        #expect(reattached.first?.target.requirement == "2.4.3")
    }

    @Test func aTagFilterFoldsTheTreeToTaggedRequirements() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        _ = try copy.run(":2.4.3<Enter>a纪律<Enter>:3.1.2<Enter>a纪律<Enter>:1.2<Enter>a其他<Enter>")
        let frame = try copy.run("zt纪<Tab><Enter>")
        #expect(frame.rows[29].hasPrefix("#纪律: 2 requirements"))
        #expect(frame.rows.contains { $0.contains("2.4.3 三是") })
        #expect(frame.rows.contains { $0.contains("3.1.2 ") })
        #expect(!frame.rows.contains { $0.contains(" 1.2 ") })
        #expect(frame.rows.contains { $0.hasPrefix("▸ 1 县长") })
        #expect(try copy.run(":tag 纪律<Enter>").rows == frame.rows)
        #expect(try copy.run("zt<Enter>").rows[29].hasPrefix("tag filter off"))
    }

    @Test func severalFilesShowInTheTreeAndIdsAreQualified() throws {
        let copy = try AnnotatedCopy(names: ["a.txt", "b.txt"])
        defer { copy.remove() }
        let first = try copy.run("")
        #expect(first.rows[0].hasPrefix("▾ 1 a.txt"))
        #expect(first.rows[1].hasPrefix("  ▾ 1 县长"))
        #expect(try copy.run(":b.txt:2.4.3<Enter>").rows[29].hasPrefix("b.txt (2/2)"))
        #expect(try copy.run(":2:2.4.3<Enter>").rows[29].hasPrefix("b.txt (2/2)"))
        #expect(try copy.run(":2.4.3<Enter>").rows[29].hasPrefix("a.txt (1/2)"))
        #expect(try copy.run(":c.txt:2.4.3<Enter>").rows[29].hasPrefix("no open file"))
        // Folding a file in the tree.
        let folded = try copy.run("<Tab>gh")
        #expect(folded.rows[0].hasPrefix("▸ 1 a.txt") && folded.rows[1].hasPrefix("▾ 2 b.txt"))
        // Annotations, their panel and ]a go across files; each file has its own sidecar.
        _ = try copy.run(":b.txt:2.4.3<Enter>a纪律<Enter>")
        #expect(try copy.saved(1).count == 1)
        #expect(!FileManager.default.fileExists(atPath: copy.sidecar(0)))
        #expect(try copy.run("]a").rows[29].hasPrefix("b.txt (2/2)"))
        #expect(try copy.run("A").rows.contains { $0.contains("b.txt 2.4.3") })
        // n goes on into the next file past the last hit.
        let search = try copy.run("/知人善任<Enter>")
        #expect(search.rows[29].contains("1/1 +1 in other files"))
        #expect(try copy.run("/知人善任<Enter>n", width: 160).rows[29].hasPrefix("b.txt (2/2)"))
        #expect(try copy.run("/知人善任<Enter>nn", width: 160).rows[29].hasPrefix("a.txt (1/2)"))
    }
}

extension AnnotatedCopy {
    /// The copy's first file loaded again (after a test edited it).
    static func reload(_ copy: AnnotatedCopy) throws -> Document {
        try DocumentLoader.load(path: copy.document.path)
    }
}
