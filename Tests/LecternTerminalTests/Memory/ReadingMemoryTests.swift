import Foundation
import LecternTerminal
import LecternTestSupport
import Testing

@Suite struct ReadingMemoryTests {
    @Test func positionAndMarksComeBackInANewReader() throws {
        var app = ReaderApp(documents: [ScreenHarness.sample], width: 100, height: 30)
        app.handle(try KeyNotation.parse(":1.3<Enter>mb:2.4.3<Enter>"))
        let memories = app.memories
        var reopened = ReaderApp(documents: [ScreenHarness.sample], width: 100, height: 30)
        reopened.restore(memories)
        #expect(reopened.render().rows.last!.contains("2.4.3"))
        reopened.handle(try KeyNotation.parse("'b"))
        #expect(reopened.render().rows.last!.contains("1.3"))
    }

    @Test func storeSavesUnderXDGStateAndKeepsOtherFiles() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try #require(
            ReadingMemoryStore.standard(environment: ["XDG_STATE_HOME": directory.path, "HOME": "/nowhere"]))
        #expect(store.url.path == directory.appendingPathComponent("lectern/positions.json").path)
        #expect(store.load().isEmpty)
        try store.save(["/a.txt": ReadingMemory(slot: 3, marks: ["a": 1])])
        try store.save(["/b.txt": ReadingMemory(slot: 5)])
        #expect(store.load() == ["/a.txt": ReadingMemory(slot: 3, marks: ["a": 1]), "/b.txt": ReadingMemory(slot: 5)])
        let fallback = ReadingMemoryStore.standard(environment: ["HOME": "/home/reader"])
        #expect(fallback?.url.path == "/home/reader/.local/state/lectern/positions.json")
    }

    @Test func slotsBeyondTheDocumentAreIgnored() throws {
        var app = ReaderApp(documents: [ScreenHarness.sample], width: 100, height: 30)
        let start = app.render()
        app.restore([
            ReadingMemoryStore.key(for: ScreenHarness.sample.path): ReadingMemory(slot: 1_000_000, marks: ["a": -4])
        ])
        #expect(app.render() == start)
    }
}
