import Foundation
import LecternCore
import LecternTestSupport
import Testing

@testable import LecternTerminal

/// The update asks for effects and never writes; carrying them out writes and answers with events.
@Suite struct ReaderEffectTests {
    private func keys(_ app: inout ReaderApp, _ notation: String) throws -> [ReaderEffect] {
        try KeyNotation.parse(notation).flatMap { app.update(.key($0)) }
    }

    @Test func annotatingAsksForASaveAndWritesNothingItself() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        var app = ReaderApp(documents: copy.documents, width: 100, height: 30)
        #expect(try keys(&app, ":2.4.3<Enter>a") == [.save(file: 0)])
        #expect(!FileManager.default.fileExists(atPath: copy.sidecar()))
        let outcome = app.carryOut(.save(file: 0))
        guard case .saved(0, _)? = outcome.first else {
            Issue.record("expected a save, got \(outcome)")
            return
        }
        #expect(try copy.saved().count == 1)
    }

    @Test func aFailedSaveComesBackAsAnEventAndIsSaid() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        let disk = FaultyFileSystem(failure: ("create", EROFS))
        var app = ReaderApp(documents: copy.documents, width: 100, height: 30, fileSystem: disk)
        let effects = try keys(&app, ":2.4.3<Enter>a")
        let outcomes = effects.flatMap { app.carryOut($0) }
        guard case .saveFailed(0, _)? = outcomes.first else {
            Issue.record("expected a failure, got \(outcomes)")
            return
        }
        _ = app.update(outcomes[0])
        #expect(app.message?.text.hasPrefix("not saved: ") == true)
    }

    @Test func undoIsAnEffectEvenWithNothingToUndo() throws {
        var app = ReaderApp(documents: [ScreenHarness.sample], width: 100, height: 30)
        #expect(try keys(&app, "u") == [.undo])
        let outcomes = app.carryOut(.undo)
        _ = outcomes.map { app.update($0) }
        #expect(app.message == StatusMessage(text: "nothing to undo", isError: true))
    }

    @Test func quittingIsAnEffect() throws {
        var app = ReaderApp(documents: [ScreenHarness.sample], width: 100, height: 30)
        #expect(try keys(&app, ":q<Enter>") == [.quit])
        #expect(!app.isFinished)
        _ = app.carryOut(.quit)
        #expect(app.isFinished)
    }

    @Test func theExternalEditorIsLeftToTheTerminal() throws {
        let copy = try AnnotatedCopy()
        defer { copy.remove() }
        var app = ReaderApp(documents: copy.documents, width: 100, height: 30)
        app.canRunEditor = true
        let left = try KeyNotation.parse(":2.4.3<Enter>E").flatMap { app.send(.key($0)) }
        guard case .runEditor(let note)? = left.first, left.count == 1 else {
            Issue.record("got \(left)")
            return
        }
        // The requirement was annotated (and saved) to hold the note; the note comes back when the editor closes.
        #expect(try copy.saved().count == 1)
        _ = app.send(.editorClosed(note, text: "要看实绩", failure: nil))
        #expect(try copy.saved().first?.note == "要看实绩")
        _ = app.send(.editorClosed(note, text: nil, failure: "vi exited with status 1; the note is unchanged"))
        #expect(app.message == StatusMessage(text: "vi exited with status 1; the note is unchanged", isError: true))
    }
}
