import Foundation
import LecternCore
import Testing

/// The real file system through swift-system's descriptors: what it writes, and how each failing call is named.
@Suite struct PosixFileSystemTests {
    let files = PosixFileSystem()

    func scratchDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "lectern-posix-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    @Test func createsDurablyWithTheModeAskedAndNeverOverwrites() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/批注.json"
        try files.createDurably(path, Array("第一版\n".utf8), mode: 0o640)
        #expect(try files.read(path) == Array("第一版\n".utf8))
        #expect(files.mode(path) == 0o640)
        #expect(throws: FileSystemError(operation: "create", path: path, code: EEXIST)) {
            try files.createDurably(path, Array("第二版\n".utf8), mode: 0o644)
        }
        #expect(try files.read(path) == Array("第一版\n".utf8))
        try files.syncDirectory(directory)
    }

    @Test func namesTheCallThatFailed() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try files.read(directory + "/missing.txt") == nil)
        #expect(throws: FileSystemError(operation: "read", path: directory, code: EISDIR)) {
            try files.read(directory)
        }
        #expect(throws: FileSystemError(operation: "open directory", path: directory + "/gone", code: ENOENT)) {
            try files.syncDirectory(directory + "/gone")
        }
        #expect(throws: FileSystemError(operation: "create", path: directory + "/gone/a.json", code: ENOENT)) {
            try files.createDurably(directory + "/gone/a.json", [0x7B, 0x7D], mode: 0o644)
        }
    }

    @Test func readsWholeFilesAndLimitsAcrossTheChunkSize() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/long.txt"
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try files.createDurably(path, bytes, mode: 0o644)
        #expect(try files.read(path) == bytes)
        #expect(try files.read(path, upTo: 65_537) == Array(bytes[..<65_537]))
        #expect(try files.read(path, upTo: 0) == [])
        try files.createDurably(directory + "/empty.txt", [], mode: 0o644)
        #expect(try files.read(directory + "/empty.txt") == [])
    }

    @Test func readsABigFileInPartsAsOne() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/big.txt"
        // Over 16 MB: read in parts side by side; every part must land in its place.
        let bytes = (0..<(17 << 20) + 5).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        try files.createDurably(path, bytes, mode: 0o644)
        #expect(try files.read(path) == bytes)
        #expect(try files.read(path, upTo: 16 << 20 + 3) == Array(bytes[..<(16 << 20 + 3)]))
    }

    @Test func readsAPipeInTurn() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        // What `lectern outline <(iconv …)` hands over: a pipe, which has no offsets and no size.
        let text = Array(String(repeating: "一、管道里的讲话\n", count: 20_000).utf8)
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.write(Data(text))
            try? handle.close()
        }
        writer.start()
        #expect(try files.read(path) == text)
    }
}
