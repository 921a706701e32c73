import Foundation
import LecternTerminal
import LecternTestSupport
import Testing

/// The main screens, pinned as text with their style layer (HeadlessRun.styledText) in __Snapshots__. Each runs
/// on a fresh copy of the sample, so no sidecar beside the repository's sample can change a screen.
/// `LECTERN_RECORD_SNAPSHOTS=1` records them again after a change meant to alter them.
@Suite struct ScreenSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "__Snapshots__")

    private func expectScreen(
        _ name: String, keys: String, width: Int = 100, height: Int = 30,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let copy = try AnnotatedCopy(names: ["cadre-review-speeches.txt"])
        defer { copy.remove() }
        let screen = try copy.run(keys, width: width, height: height)
        let mismatch = Snapshot.mismatch(HeadlessRun.styledText(screen), named: name, in: Self.directory)
        #expect(mismatch == nil, "\(mismatch ?? "")", sourceLocation: sourceLocation)
    }

    @Test func theSampleOpened() throws { try expectScreen("sample-opened", keys: "") }

    @Test func theTreeFocused() throws { try expectScreen("tree-focused", keys: "<Tab>jjl") }

    @Test func theHelp() throws { try expectScreen("help", keys: "?") }

    @Test func searchHits() throws { try expectScreen("search-hits", keys: "/干部<Enter>n") }

    @Test func theAnnotationPanel() throws {
        try expectScreen("annotation-panel", keys: ":1.2<Enter>a纪律<Enter>:2.4.3<Enter>a考核 纪律<Enter>e要看实绩<Enter>Aj")
    }

    @Test func anEmptyAnnotationPanel() throws { try expectScreen("annotation-panel-empty", keys: "A") }

    @Test func aFilterMatchingNothing() throws {
        try expectScreen("annotation-panel-no-match", keys: ":2.4.3<Enter>a纪律<Enter>A/考核")
    }

    @Test func theNoteEditor() throws {
        try expectScreen("note-editor", keys: ":2.4.3<Enter>e要看实绩<C-j>第二行<Left>")
    }

    @Test func aCommandPrompt() throws { try expectScreen("command-prompt", keys: ":2.4") }

    @Test func aTagPromptCompleting() throws {
        try expectScreen("tag-prompt", keys: ":1.2<Enter>a纪律 考核<Enter>:2.4.3<Enter>a纪<Tab>")
    }

    @Test func aNarrowWindow() throws { try expectScreen("narrow", keys: "]]", width: 40, height: 12) }
}
