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
            if let text {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } else {
                try Data(Fixtures.sampleBytes()).write(to: URL(fileURLWithPath: path))
            }
            documents.append(try DocumentLoader.load(path: path))
        }
        self.documents = documents
    }

    var document: Document { documents[0] }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    func run(
        _ keys: String, width: Int = 100, height: Int = 30,
        fileSystem: any AnnotationFileSystem = PosixFileSystem()
    ) throws -> ScreenBuffer {
        try HeadlessRun.run(documents: documents, width: width, height: height, keys: keys, fileSystem: fileSystem)
    }

    /// The annotations saved beside file `file`, as another process would read them.
    func saved(_ file: Int = 0) throws -> [Annotation] {
        try AnnotationLayer.open(documents[file]).annotations
    }

    func sidecar(_ file: Int = 0) -> String { AnnotationFile.sidecarPath(forSource: documents[file].path) }
}
