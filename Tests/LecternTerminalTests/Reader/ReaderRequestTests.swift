import LecternCore
import Testing

@testable import LecternTerminal

/// What the components ask of the reader, read from what was typed or pressed, before the router carries it out.
@Suite struct ReaderRequestTests {
    @Test func colonCommandsAskForWhatTheyName() {
        #expect(ColonCommand("q")?.request == .quit)
        #expect(ColonCommand("w")?.request == .saveAgain)
        #expect(ColonCommand("w 副本.json")?.request == .writeCopy(path: "副本.json"))
        #expect(ColonCommand("status done")?.request == .annotation(.setStatusAtCursor(.done), file: nil))
        #expect(ColonCommand("status none")?.request == .annotation(.setStatusAtCursor(nil), file: nil))
        #expect(ColonCommand("tag 纪律")?.request == .tagFilter("纪律"))
        #expect(ColonCommand("2.4.3")?.request == .goTo("2.4.3"))
        #expect(ColonCommand("p12")?.request == .page(12))
        #expect(ColonCommand("level x")?.request == .say(.error("usage: :level N")))
        #expect(ColonCommand("   ") == nil)
    }

    @Test func aSubmittedPromptAsksForItsKindsCommand() {
        var tags = Prompt(kind: .tags(file: 2, id: "a1"))
        tags.text = "纪律 整改"
        #expect(tags.submitted == .annotation(.setTags("纪律 整改", id: "a1"), file: 2))
        var filter = Prompt(kind: .tagFilter)
        filter.text = "  考核 "
        #expect(filter.submitted == .tagFilter("考核"))
        var search = Prompt(kind: .search(forward: false))
        search.text = "考评"
        #expect(search.submitted == .acceptSearch("考评"))
        var command = Prompt(kind: .command)
        command.text = "noh"
        #expect(command.submitted == .clearSearches)
        command.text = ""
        #expect(command.submitted == nil)
    }

    @Test func thePanelsRowOutcomesNameTheAnnotationAndItsFile() {
        let target = AnnotationTarget(
            kind: .range, requirement: "2.1", position: TextPosition(start: 4, end: 8),
            quote: TextQuote(exact: "从严治党", prefix: "全面", suffix: "永远"))
        let annotation = Annotation(id: "a1", target: target, tags: ["纪律"], created: "2026-01-01T00:00:00.000Z")
        let rows = [AnnotationPanel.Row(file: 3, annotation: annotation, requirement: "2.1")]
        #expect(AnnotationPanel.request(for: .jump(0), rows: rows) == .goToAnnotation(annotation, file: 3))
        #expect(
            AnnotationPanel.request(for: .delete(0), rows: rows) == .annotation(.delete(id: annotation.id), file: 3))
        #expect(
            AnnotationPanel.request(for: .reattach(0), rows: rows) == .annotation(.reattach(id: annotation.id), file: 3)
        )
        // A row the filter no longer leaves asks for nothing.
        #expect(AnnotationPanel.request(for: .delete(1), rows: rows) == nil)
        #expect(AnnotationPanel.request(for: .stay, rows: rows) == nil)
        #expect(AnnotationPanel.request(for: .close, rows: rows) == .close)
    }

    @Test func thePanesActionsThatNeedNoStateAreRequests() {
        #expect(Action.editNoteExternally.request == .annotation(.editNote(externally: true), file: nil))
        #expect(Action.deleteAnnotation.request == .annotation(.deleteAtCursor, file: nil))
        #expect(Action.searchBackward.request == .open(.prompt(Prompt(kind: .search(forward: false)))))
        #expect(Action.annotationsPanel.request == .open(.panel(AnnotationPanel())))
        // Moving, folding and jumping depend on the focus and the panes: the router does them itself.
        #expect(Action.toggleFold.request == nil)
        #expect(Action.nextHit.request == nil)
    }
}
