import Foundation
import LecternCore
import LecternTerminal
import LecternTestSupport

/// Two versions of the sample written to a temporary folder (old.txt, the sample; new.txt, edited), read as
/// `lectern --diff` reads them, and the reader run headless beside their comparison.
struct VersionPairCopy {
    let directory: URL
    let reading: ComparisonReading
    let new: Document

    /// By default: a section removed (1.4, and 1.5 renumbered), an item inserted (2.1.3, the later ones
    /// renumbered) and 2.2.3 reworded.
    init(
        _ edit: (String) -> String = {
            VersionPairs.rewordingItem(VersionPairs.insertingItem(VersionPairs.removingSection($0)))
        }
    ) throws {
        directory = try CommandRunner.temporaryDirectory()
        let text = try VersionPairs.sampleText()
        let oldPath = directory.appendingPathComponent("old.txt").path
        let newPath = directory.appendingPathComponent("new.txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: oldPath))
        try Data(edit(text).utf8).write(to: URL(fileURLWithPath: newPath))
        let old = try DocumentLoader.load(path: oldPath)
        new = try DocumentLoader.load(path: newPath)
        reading = ComparisonReading(DocumentComparison.compare(old, new), old: old)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    func frame(_ keys: String, width: Int = 100, height: Int = 30) throws -> ScreenBuffer {
        try HeadlessRun.run(documents: [new], width: width, height: height, keys: keys, comparison: reading)
    }

    func rows(_ keys: String, width: Int = 100, height: Int = 30) throws -> [String] {
        try frame(keys, width: width, height: height).rows
    }

    /// The tree's part of each row (left of its border).
    static func tree(_ rows: [String]) -> [String] {
        rows.dropLast().map { row in
            guard let border = row.firstIndex(of: "│") else { return row }
            return String(row[..<border])
        }
    }
}
