import Foundation
import LecternCore
import LecternTerminal
import LecternTestSupport
import Testing

/// Annotating in the reader, headless: one key annotates a requirement, tags with completion, notes in Chinese
/// over several lines, statuses and their roll-ups, delete and undo — each saved to the sidecar at once.
@Suite struct AnnotatingScreenTests {
    @Test func oneKeyAnnotatesTheRequirementAndSavesItsTags() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        let frame = try copy.run(":2.4.3<Enter>a纪律 考核<Enter>")
        let saved = try copy.saved()
        #expect(saved.count == 1)
        #expect(saved[0].target.kind == .requirement)
        #expect(saved[0].target.requirement == "2.4.3")
        #expect(saved[0].tags == ["纪律", "考核"])
        #expect(saved[0].target.quote.exact == "三是知人善任能力。")
        // Marked in the text (underlined, and ▌ in the margin, which needs no colour) and tagged in the tree.
        let row = try #require(frame.rows.firstIndex { $0.contains("│▌三是知人善任能力。") })
        #expect((0..<frame.width).contains { frame[row, $0].style.emphasis.contains(.annotated) })
        #expect(frame.rows.contains { $0.contains("2.4.3 三是") && $0.contains("#纪律 #考核│") })
        #expect(frame.rows[29].hasPrefix("tagged #纪律 #考核"))
    }

    @Test func tabCompletesTagsUsedInTheOpenFiles() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        _ = try copy.run(":2.4.1<Enter>a纪律 考核 纪检<Enter>:2.4.2<Enter>a考<Tab><Enter>:2.4.3<Enter>a纪<Tab><Tab><Enter>")
        let tags = try copy.saved().map(\.tags)
        #expect(tags == [["纪律", "考核", "纪检"], ["考核"], ["纪检"]])
    }

    @Test func notesTakeChineseAndSeveralLines() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        let frame = try copy.run(":2.4.3<Enter>a<Esc>e要落实到人<C-j>第二行：考核<BS><BS>评议<Enter>")
        #expect(try copy.saved().first?.note == "要落实到人\n第二行：评议")
        #expect(frame.rows[29].hasPrefix("note saved"))
        let editing = try copy.run(":2.4.3<Enter>a<Esc>e中文<C-j>笔记")
        #expect(editing.rows.contains { $0.contains("Note 2.4.3") })
        #expect(editing.rows.contains { $0.contains("中文") } && editing.rows.contains { $0.contains("笔记") })
        #expect(editing.cursorPosition != nil)
        #expect(try copy.run(":2.4.3<Enter>e丢掉<Esc>").rows[29].hasPrefix("note unchanged"))
        #expect(try copy.saved().first?.note == "要落实到人\n第二行：评议")
    }

    @Test func statusesCycleAndRollUpInTheTree() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        let frame = try copy.run(":2.4.1<Enter>s:2.4.2<Enter>sss:2.4.3<Enter>sss<Tab>")
        let statuses = try copy.saved().map { "\($0.target.requirement ?? "") \($0.status?.rawValue ?? "none")" }
        #expect(statuses == ["2.4.1 todo", "2.4.2 done", "2.4.3 done"])
        #expect(
            frame.rows.contains {
                $0.contains("2.4 四、大力加强组织部门") && $0.hasSuffix("2/3 done│")
                    || $0.contains("2.4 四、") && $0.contains("2/3 done")
            })
        #expect(frame.rows.contains { $0.contains("2.4.1 ") && $0.contains("todo") })
        #expect(frame.rows.contains { $0.hasPrefix("▾ 2 ") && $0.contains("2/3 done") })
        #expect(try copy.run(":2.4.2<Enter>s").rows[29].hasPrefix("status: none"))
    }

    @Test func deleteIsUndone() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        _ = try copy.run(":2.4.3<Enter>a纪律<Enter>x")
        #expect(try copy.saved().isEmpty)
        let undone = try copy.run(":2.4.3<Enter>a纪律<Enter>xu")
        #expect(try copy.saved().map(\.tags) == [["纪律"]])
        #expect(undone.rows[29].hasPrefix("undone: annotation restored"))
        #expect(try copy.run("u").rows[29].hasPrefix("nothing to undo"))
        // Undoing an edit puts the old tags back.
        _ = try copy.run(":2.4.3<Enter>T<BS><BS><BS>考核<Enter>u")
        #expect(try copy.saved().map(\.tags) == [["纪律"]])
    }

    @Test func nextAndPreviousAnnotation() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        _ = try copy.run(":1.2<Enter>a一<Enter>:2.4.3<Enter>a二<Enter>:3.1<Enter>a三<Enter>")
        #expect(try copy.run("]a").rows[29].contains("1.2"))
        #expect(try copy.run("]a]a").rows[29].contains("2.4.3"))
        #expect(try copy.run("G[a").rows[29].contains("3.1"))
        #expect(try copy.run("]a]a]a]a").rows[29].hasPrefix("no annotation after this"))
    }

    @Test func everySaveErrorIsShownAndNothingIsLost() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        let disk = FaultyFileSystem(failure: ("write", ENOSPC))
        var app = ReaderApp(documents: copy.documents, width: 100, height: 30, fileSystem: disk)
        app.handle(try KeyNotation.parse(":2.4.3<Enter>a纪律<Enter>"))
        var frame = app.render()
        #expect(frame.rows[29].contains("NOT SAVED (:w)"))
        #expect(FileManager.default.fileExists(atPath: copy.sidecar()) == false)
        app.handle(try KeyNotation.parse("e写了一半的笔记<Enter>"))
        #expect(app.render().rows[29].contains("not saved"))
        // Still here: in the tree, and in the panel with its note.
        app.handle(try KeyNotation.parse("A"))
        #expect(app.render().rows.contains { $0.contains("#纪律") && $0.contains("写了一半的笔记") })
        disk.failure = nil
        app.handle(try KeyNotation.parse("q:w<Enter>"))
        frame = app.render()
        #expect(frame.rows[29].hasPrefix("saved"))
        #expect(!frame.rows[29].contains("NOT SAVED"))
        let saved = try copy.saved()
        #expect(saved.map(\.tags) == [["纪律"]])
        #expect(saved.first?.note == "写了一半的笔记")
    }

    @Test func whenTheSidecarCannotBeSavedTheAnnotationsCanBeWrittenElsewhere() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        let elsewhere = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let disk = FaultyFileSystem(failure: ("write", ENOSPC), onlyUnder: copy.directory.path)
        var app = ReaderApp(documents: copy.documents, width: 100, height: 30, fileSystem: disk)
        app.handle(try KeyNotation.parse(":2.4.3<Enter>a纪律<Enter>"))
        #expect(app.render().rows[29].contains("NOT SAVED (:w)"))
        let target = elsewhere.appendingPathComponent("rescued.json").path
        app.handle(try KeyNotation.parse(":w \(target)<Enter>"))
        #expect(app.render().rows[29].hasPrefix("annotations written to /"))
        let rescued = try String(contentsOfFile: target, encoding: .utf8)
        #expect(rescued.contains("\"纪律\""))
        // An existing file is never replaced.
        app.handle(try KeyNotation.parse(":w \(target)<Enter>"))
        #expect(app.render().rows[29].hasPrefix("not written:"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == rescued)
    }

    @Test func anUnreadableSidecarMakesAnnotationsReadOnlyAndIsNotTouched() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        let broken = Array("{\"format\": \"lectern-annotations\", oops".utf8)
        try Data(broken).write(to: URL(fileURLWithPath: copy.sidecar()))
        let first = try copy.run("")
        #expect(first.rows[29].hasPrefix("annotations read-only:"))
        #expect(first.rows[29].contains("not valid JSON"))
        #expect(first.rows.contains { $0.contains("三是知人善任能力") || $0.contains("县长") })
        let tried = try copy.run(":2.4.3<Enter>a")
        #expect(tried.rows[29].contains("read-only"))
        #expect(try copy.run(":2.4.3<Enter>s").rows[29].contains("read-only"))
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: copy.sidecar()))) == broken)
    }
}
