import Foundation
import LecternCore

/// The file system a preview's annotations go through: no sidecar exists in it and nothing can be written, so
/// a preview of a half-read file neither anchors annotations to the wrong text nor saves any. Its keys are
/// replayed on the whole document, where they take effect.
struct PreviewFileSystem: AnnotationFileSystem {
    private static let busy = FileSystemError(
        operation: "wait for the whole file to load before writing",
        path: "", code: EAGAIN)

    func read(_ path: String) throws(FileSystemError) -> [UInt8]? { nil }
    func createDurably(_ path: String, _ bytes: [UInt8], mode: mode_t) throws(FileSystemError) { throw Self.busy }
    func rename(_ from: String, _ to: String) throws(FileSystemError) { throw Self.busy }
    func syncDirectory(_ path: String) throws(FileSystemError) { throw Self.busy }
    func remove(_ path: String) throws(FileSystemError) { throw Self.busy }
    func list(_ directory: String) throws(FileSystemError) -> [String] { [] }
    func mode(_ path: String) -> mode_t? { nil }
    func size(_ path: String) -> Int? { nil }
    func age(_ path: String) -> Double? { nil }
    func isProcessAlive(_ pid: Int32) -> Bool { false }
    var processID: Int32 { 0 }
    func sleep(milliseconds: Int) {}
}
