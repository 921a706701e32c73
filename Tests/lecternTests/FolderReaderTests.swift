import Foundation
import LecternTestSupport
import Testing

/// `lectern DIR` on a folder bigger than what is read before the first screen: the files past it load in the
/// background, and end as they would have if read at once.
@Suite struct FolderReaderTests {
    /// The sample 40 times over (over 512 KB) as 40 files, then `extra` files after them.
    func bigFolder(extra: [(String, Data)] = []) throws -> URL {
        let folder = try CommandRunner.temporaryDirectory()
        let sample = try Data(Fixtures.sampleBytes())
        for i in 1...40 { try sample.write(to: folder.appendingPathComponent(String(format: "%02d.txt", i))) }
        for (name, data) in extra { try data.write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func theWholeFolderIsThereOnceLoaded() throws {
        let folder = try bigFolder()
        let result = try CommandRunner.run(["screen", folder.path, "--size", "100x30", "--keys", "<Tab>G"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last!.hasPrefix("40.txt (40/40) │"))
    }

    @Test func anEmptyLaterFileIsLeftOutWithItsNotice() throws {
        let folder = try bigFolder(extra: [("99-empty.txt", Data())])
        let result = try CommandRunner.run(["screen", folder.path, "--size", "200x30"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last!.hasPrefix("\(folder.path)/99-empty.txt: no text to show"))
    }

    @Test func anUnreadableLaterFileIsOneLineNamingIt() throws {
        let broken = try Data(Fixtures.sampleBytes()) + Data([0, 0x0A])
        let folder = try bigFolder(extra: [("99-broken.txt", broken)])
        let result = try CommandRunner.run(["screen", folder.path, "--size", "100x30"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let path = folder.appendingPathComponent("99-broken.txt").path
        #expect(result.stderr.hasPrefix("lectern: \(path): ") && result.stderr.split(separator: "\n").count == 1)
        // The line a folder small enough to be read at once gives.
        let alone = try CommandRunner.run(["screen", path, "--size", "100x30"])
        #expect(alone.status == 2 && alone.stderr == result.stderr)
    }
}
