import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Text files: the size Lectern opens, checked before any of a file is read.
@Suite struct DocumentSizeLimitTests {
    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("同志们：\n".utf8)))
        // A sparse file: its size is set, no byte of it is written.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(DocumentLoader.maxFileBytes) + 1)
        try handle.close()
        let started = ContinuousClock.now
        let error = try #require(throws: DocumentLoadError.self) { try DocumentLoader.load(path: path) }
        #expect(error.description == "\(path): larger than 2 GB, the most Lectern opens; split it into smaller files")
        #expect(ContinuousClock.now - started < .seconds(1))
        // Its first part can still be read (the reader's preview asks for one).
        #expect(try DocumentLoader.readBytes(path: path, limit: 16).starts(with: Array("同志们：".utf8)))
    }
}
