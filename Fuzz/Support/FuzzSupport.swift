import Foundation
import LecternCore

/// What the harnesses share: turning libFuzzer's input into Swift values, stating properties, the package's
/// files, and writing seeds.
public enum Fuzz {
    /// The input as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Stops the run when a property the code promises does not hold; libFuzzer reports it as a crash and keeps
    /// the input.
    public static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        if !condition() { fatalError("property broken: \(message())", file: file, line: line) }
    }

    /// The package root: $LECTERN_ROOT (scripts/fuzz.sh sets it), else found from this file's path.
    public static let packageRoot: String = {
        if let root = ProcessInfo.processInfo.environment["LECTERN_ROOT"], !root.isEmpty { return root }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    public static let samplePath = packageRoot + "/Resources/cadre-review-speeches.txt"

    /// The bundled sample's bytes (read once).
    public static let sampleBytes: [UInt8] = {
        guard let data = FileManager.default.contents(atPath: samplePath) else {
            fatalError("cannot read the sample at \(samplePath); set LECTERN_ROOT")
        }
        return [UInt8](data)
    }()

    /// The bundled sample as the reader opens it.
    public static let sample: Document = {
        DocumentParser.parse(try! TextDecoder.decode(sampleBytes), path: "/fuzz/cadre-review-speeches.txt")
    }()

    /// With LECTERN_FUZZ_WRITE_SEEDS=DIR set, calls `write` with DIR and exits; `scripts/fuzz.sh --seeds` uses it
    /// to regenerate the seeds that are made in code (Word files, sidecars). Call from `LLVMFuzzerInitialize`.
    public static func writeSeedsIfAsked(_ write: (String) throws -> Void) {
        guard let directory = ProcessInfo.processInfo.environment["LECTERN_FUZZ_WRITE_SEEDS"], !directory.isEmpty else {
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try write(directory)
        } catch {
            FileHandle.standardError.write(Data("writing seeds: \(error)\n".utf8))
            exit(1)
        }
        exit(0)
    }

    public static func writeSeed(_ bytes: [UInt8], named name: String, in directory: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
    }
}

/// A file system in memory, fresh for every input, so a fuzzed `:w /etc/x` or a save writes nothing to disk and
/// no input depends on what an earlier one left. Every directory exists.
public final class MemoryFileSystem: AnnotationFileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: (bytes: [UInt8], mode: mode_t)]

    public init(files: [String: [UInt8]] = [:]) {
        self.files = files.mapValues { ($0, 0o644) }
    }

    public var contents: [String: [UInt8]] { lock.withLock { files.mapValues(\.bytes) } }

    public func read(_ path: String) throws(FileSystemError) -> [UInt8]? { lock.withLock { files[path]?.bytes } }

    public func createDurably(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(FileSystemError) {
        let created: Bool = lock.withLock {
            guard files[path] == nil else { return false }
            files[path] = (bytes, mode)
            return true
        }
        if !created { throw FileSystemError(operation: "create", path: path, code: EEXIST) }
    }

    public func rename(_ from: String, _ to: String) throws(FileSystemError) {
        let moved: Bool = lock.withLock {
            guard let file = files.removeValue(forKey: from) else { return false }
            files[to] = file
            return true
        }
        if !moved { throw FileSystemError(operation: "rename", path: from, code: ENOENT) }
    }

    public func syncDirectory(_ path: String) throws(FileSystemError) {}

    public func remove(_ path: String) throws(FileSystemError) {
        let removed = lock.withLock { files.removeValue(forKey: path) != nil }
        if !removed { throw FileSystemError(operation: "remove", path: path, code: ENOENT) }
    }

    public func list(_ directory: String) throws(FileSystemError) -> [String] {
        let prefix = directory == "/" ? "/" : directory + "/"
        return lock.withLock {
            files.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
                .map { String($0.dropFirst(prefix.count)) }.sorted()
        }
    }

    public func mode(_ path: String) -> mode_t? { lock.withLock { files[path]?.mode } }
    public func size(_ path: String) -> Int? { lock.withLock { files[path]?.bytes.count } }
    public func age(_ path: String) -> Double? { lock.withLock { files[path] == nil ? nil : 0 } }
    public func isProcessAlive(_ pid: Int32) -> Bool { pid == processID }
    public var processID: Int32 { 4242 }
    public func sleep(milliseconds: Int) {}
}

/// A zip archive of stored (uncompressed) entries, so a harness can build a .docx around XML it was given and
/// mutations reach the XML readers instead of breaking deflate streams.
public enum StoredZip {
    public static func archive(_ entries: [(path: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = crc32(entry.bytes)
            let offset = UInt32(out.count)
            // Local file header.
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(entry.bytes.count)) + le32(UInt32(entry.bytes.count))
            out += le16(UInt16(name.count)) + le16(0) + name + entry.bytes
            // Central directory header.
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            central += le32(crc) + le32(UInt32(entry.bytes.count)) + le32(UInt32(entry.bytes.count))
            central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
