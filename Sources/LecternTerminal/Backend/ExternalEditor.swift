import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the user's editor ($VISUAL, $EDITOR, else vi) on a note in a temporary file and reads it back. The
/// caller gives the terminal up first (the editor draws on it) and takes it back after.
enum ExternalEditor {
    /// The edited text, or a one-line failure (the temp file is removed either way).
    static func edit(_ text: String) -> (text: String?, failure: String?) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lectern-note-\(UUID().uuidString.prefix(8))")
        let file = directory.appendingPathComponent("note.txt")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data((text.isEmpty ? "" : text + "\n").utf8).write(to: file)
        } catch {
            return (nil, "cannot write a temp file for the editor: \(error.localizedDescription)")
        }
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        // Through the shell, so an editor given with arguments ("code --wait") works.
        let status = system("\(editor) '\(file.path.replacingOccurrences(of: "'", with: "'\\''"))' </dev/tty >/dev/tty")
        guard status == 0 else { return (nil, "\(editor) exited with status \(status); the note is unchanged") }
        guard let data = try? Data(contentsOf: file) else {
            return (nil, "the editor's file is gone; the note is unchanged")
        }
        var edited = String(decoding: data, as: UTF8.self)
        while edited.hasSuffix("\n") { edited.removeLast() }
        return (edited, nil)
    }
}
