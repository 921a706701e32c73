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

    @Test func keysOfManyFilesAreTheKeysOfEach() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manager = FileManager.default
        let folder = directory.appendingPathComponent("speeches")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["1.txt", "2.txt", "目标.txt"] {
            try Data("一、正文".utf8).write(to: folder.appendingPathComponent(name))
        }
        // A link to a file under another name, a link to the folder, and a path with . and .. in it.
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "2.txt")
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("linked").path, withDestinationPath: folder.path)
        let paths = [
            folder.path + "/1.txt", folder.path + "/2.txt", folder.path + "/目标.txt", folder.path + "/link.txt",
            directory.path + "/linked/1.txt", directory.path + "/linked/link.txt",
            folder.path + "/./1.txt", folder.path + "/../speeches/2.txt", folder.path + "/missing.txt", "/",
        ]
        let keys = ReadingMemoryStore.keys(for: paths)
        #expect(keys == paths.map { ReadingMemoryStore.key(for: $0) })
        #expect(keys[3] == keys[1])
        #expect(keys[4] == keys[0])
    }

    @Test func aMemoryOfTheStartRemovesTheFilesEntry() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ReadingMemoryStore(url: directory.appendingPathComponent("positions.json"))
        try store.save(["/a.txt": ReadingMemory(slot: 3), "/b.txt": ReadingMemory(slot: 0, marks: ["a": 2])])
        try store.save(["/a.txt": ReadingMemory(slot: 0), "/c.txt": ReadingMemory(slot: 0)])
        #expect(store.load() == ["/b.txt": ReadingMemory(slot: 0, marks: ["a": 2])])
    }
}
