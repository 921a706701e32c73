import Foundation
import LecternCore

/// All of the executable's writing to stdout and stderr. Text for people always passes through
/// `TerminalSafeText` here, so nothing read from a document, a sidecar, a file name or an argument can drive the
/// terminal (a colleague's note holding OSC 52 or ESC [2J shows as ␛]52… instead). Machine formats, which escape
/// controls themselves (docs/FORMAT.md), take the separate exact path.
enum Console {
    /// A report for people (outline, text, help): controls shown as placeholders; LF and tab kept for its shape.
    static func print(_ text: String) {
        standardOutput(TerminalSafeText.sanitize(text, keepingLineBreaks: true))
    }

    /// A report for people written in UTF-8 pieces of whole lines (the outline of a big document): the same rule as
    /// `print`, applied to each piece as it comes.
    struct StandardOutput: UTF8Sink {
        /// Set once the reader of a pipe has gone (lectern outline … | head): the rest is not written.
        private var closed = false

        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard !closed else { return }
            if TerminalSafeText.mayNeedPlaceholders(bytes, keepingLineFeeds: true, keepingTabs: true) {
                let safe = TerminalSafeText.sanitizeKeepingLineBreaks(utf8: Array(bytes))
                safe.withUnsafeBufferPointer { closed = !Console.writeAll($0, to: STDOUT_FILENO) }
            } else {
                closed = !Console.writeAll(bytes, to: STDOUT_FILENO)
            }
        }

        mutating func writeSafe(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard !closed else { return }
            closed = !Console.writeAll(bytes, to: STDOUT_FILENO)
        }
    }

    /// Ends the process once its output is all written, leaving `values` to the kernel rather than freeing them.
    static func endWithoutFreeing(_ values: some Any) -> Never {
        withExtendedLifetime(values) { exit(EXIT_SUCCESS) }
    }

    /// Straight from memory to the descriptor: a big report is not copied into a Data first. False when the
    /// descriptor takes no more.
    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var written = 0
        while written < buffer.count {
            let n = write(descriptor, base + written, buffer.count - written)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return false }
            written += n
        }
        return true
    }

    /// One line for people: everything in it stays on the line (an LF inside shows as ␊), then LF.
    static func printLine(_ line: String) {
        standardOutput(TerminalSafeText.sanitize(line) + "\n")
    }

    /// One tab-separated row for people: each field on one line with no tab of its own, so columns stay columns.
    static func printRow(_ fields: [String]) {
        standardOutput(fields.map(TerminalSafeText.sanitize).joined(separator: "\t") + "\n")
    }

    /// JSON, CSV or Markdown exactly as rendered: their encoders already keep raw controls out (JSON escapes them;
    /// the CSV and Markdown rules are in docs/FORMAT.md), and a pipe must get the data unchanged.
    static func printExact(_ text: String) {
        standardOutput(text)
    }

    /// One line on stderr, prefixed with the program name; line breaks become spaces, controls placeholders.
    static func error(_ message: String) {
        let line = TerminalSafeText.sanitize(message.replacingOccurrences(of: "\n", with: " "))
        standardError("lectern: \(line)\n")
    }

    /// A multi-line message on stderr as written (argument parsing's usage errors), controls as placeholders.
    static func errorReport(_ text: String) {
        standardError(TerminalSafeText.sanitize(text, keepingLineBreaks: true))
    }

    private static func standardOutput(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }

    private static func standardError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
