import Foundation

/// All of the executable's writing to stdout and stderr.
enum Console {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line on stderr, prefixed with the program name.
    static func error(_ message: String) {
        let line = message.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("lectern: \(line)\n".utf8))
    }
}
