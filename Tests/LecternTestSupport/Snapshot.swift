import Foundation

/// Text snapshots: a frame (or any text) compared with a file kept beside the tests, with a readable diff.
/// `LECTERN_RECORD_SNAPSHOTS=1 swift test …` writes the files instead of comparing.
public enum Snapshot {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["LECTERN_RECORD_SNAPSHOTS"] == "1" }

    /// Nil when `text` matches the snapshot `name` in `directory` (or was just recorded there); otherwise what
    /// differs, row by row, or that the snapshot is missing.
    public static func mismatch(_ text: String, named name: String, in directory: URL) -> String? {
        let file = directory.appendingPathComponent(name + ".txt")
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file)
                return nil
            } catch {
                return "could not record \(file.path): \(error)"
            }
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return "no snapshot \(file.path): record it with LECTERN_RECORD_SNAPSHOTS=1"
        }
        let expected = String(decoding: data, as: UTF8.self)
        return expected == text ? nil : diff(expected: expected, actual: text, name: name)
    }

    /// Each differing line as "- expected" and "+ actual" under its line number.
    static func diff(expected: String, actual: String, name: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var out = ["snapshot \(name) differs (- recorded, + now):"]
        for i in 0..<max(old.count, new.count) {
            let before = i < old.count ? old[i] : nil
            let after = i < new.count ? new[i] : nil
            guard before != after else { continue }
            out.append("line \(i + 1):")
            if let before { out.append("- " + before) }
            if let after { out.append("+ " + after) }
        }
        return out.joined(separator: "\n")
    }
}
