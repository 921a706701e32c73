import Foundation
import LecternCore
import LecternTerminal
import LecternTestSupport

/// A copy of the sample (or of given text) in a temporary directory, so the reader's sidecars are written there
/// and never into the repository; the directory is removed by `remove()`.
struct AnnotatedCopy {
    let directory: URL
    let documents: [Document]

    init(names: [String] = ["sample.txt"], text: String? = nil) throws {
        directory = try CommandRunner.temporaryDirectory()
        var documents: [Document] = []
        for name in names {
            let path = directory.appendingPathComponent(name).path
            if let text { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } else {
                try Data(Fixtures.sampleBytes()).write(to: URL(fileURLWithPath: path))
            }
            documents.append(try DocumentLoader.load(path: path))
        }
        self.documents = documents
    }

    var document: Document { documents[0] }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    func run(_ keys: String, width: Int = 100, height: Int = 30,
             fileSystem: any AnnotationFileSystem = PosixFileSystem()) throws -> ScreenBuffer {
        try HeadlessRun.run(documents: documents, width: width, height: height, keys: keys, fileSystem: fileSystem)
    }

    /// The annotations saved beside file `file`, as another process would read them.
    func saved(_ file: Int = 0) throws -> [Annotation] {
        try AnnotationLayer.open(documents[file]).annotations
    }

    func sidecar(_ file: Int = 0) -> String { AnnotationFile.sidecarPath(forSource: documents[file].path) }
}

/// A file system whose writes fail (ENOSPC) while `failing` is set: a full disk, for the save-error tests.
/// With `onlyUnder`, only writes inside that directory fail (a full or read-only volume beside a writable one).
final class FullDiskFileSystem: AnnotationFileSystem, @unchecked Sendable {
    private let real = PosixFileSystem()
    private let lock = NSLock()
    private var isFailing = true
    private let onlyUnder: String?

    init(onlyUnder: String? = nil) {
        self.onlyUnder = onlyUnder
    }

    var failing: Bool {
        get { lock.withLock { isFailing } }
        set { lock.withLock { isFailing = newValue } }
    }

    func read(_ path: String) throws(FileSystemError) -> [UInt8]? { try real.read(path) }
    func createDurably(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(FileSystemError) {
        if failing, !path.hasSuffix(".lock"), onlyUnder.map({ path.hasPrefix($0) }) ?? true {
            throw FileSystemError(operation: "write", path: path, code: ENOSPC)
        }
        try real.createDurably(path, bytes, mode: mode)
    }
    func rename(_ from: String, _ to: String) throws(FileSystemError) { try real.rename(from, to) }
    func syncDirectory(_ path: String) throws(FileSystemError) { try real.syncDirectory(path) }
    func remove(_ path: String) throws(FileSystemError) { try real.remove(path) }
    func list(_ directory: String) throws(FileSystemError) -> [String] { try real.list(directory) }
    func mode(_ path: String) -> mode_t? { real.mode(path) }
    func size(_ path: String) -> Int? { real.size(path) }
    func age(_ path: String) -> Double? { real.age(path) }
    func isProcessAlive(_ pid: Int32) -> Bool { real.isProcessAlive(pid) }
    var processID: Int32 { real.processID }
    func sleep(milliseconds: Int) { real.sleep(milliseconds: milliseconds) }
}
