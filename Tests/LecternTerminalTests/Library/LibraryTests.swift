import LecternCore
import LecternTestSupport
import Testing

@testable import LecternTerminal

/// What spans the open files answers with what the status line says, and changes only which file is shown and
/// the readers' own state.
@Suite struct LibraryTests {
    private func library(_ names: [String]) throws -> Library {
        let text = String(decoding: try Fixtures.sampleBytes(), as: UTF8.self)
        return Library(readers: names.map { DocumentReader(Fixtures.document(text, path: "/nonexistent/" + $0)) })
    }

    @Test func filesAreNamedByNumberNameOrTheStartOfAName() throws {
        let library = try library(["一号.txt", "二号.txt"])
        #expect(library.openFile(named: "2") == 1)
        #expect(library.openFile(named: "一号.txt") == 0)
        #expect(library.openFile(named: "二") == 1)
        #expect(library.openFile(named: "3") == nil)
    }

    @Test func anIdInAnotherFileShowsThatFile() throws {
        var library = try library(["一号.txt", "二号.txt"])
        #expect(library.goTo(id: "2:2.4.3") == nil)
        #expect(library.current == 1)
        #expect(library.goTo(id: "9:1") == .error("no open file \"9\" (the files are numbered 1–2 in the tree)"))
        #expect(library.switchFile(by: 1) == nil)
        #expect(library.current == 0)
    }

    @Test func oneFileCannotBeSwitched() throws {
        var library = try library(["一号.txt"])
        #expect(library.switchFile(by: 1) == .error("only one file is open"))
    }

    @Test func theOutlineFollowsTheFolds() throws {
        var reader = try library(["一号.txt"]).readers[0]
        let entries = reader.treeEntries.count
        reader.fold(toLevel: 0)
        #expect(reader.treeEntries.count == reader.document.speeches.count)
        reader.unfoldAll()
        #expect(reader.treeEntries.count == entries)
    }
}
