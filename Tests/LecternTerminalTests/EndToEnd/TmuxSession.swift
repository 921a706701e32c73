import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tmux server of its own running one program in a detached window, for end-to-end tests of the real
/// ncurses reader.
///
/// tmux is run through the shell (`system`, `popen`) rather than Foundation's `Process`: the server that
/// `new-session` starts keeps every descriptor it inherits, and `Process` waits for those to close.
final class TmuxSession {
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { executable != nil }

    private let socket = FileManager.default.temporaryDirectory
        .appendingPathComponent("lectern-tmux-\(UUID().uuidString.prefix(8))").path

    /// Directories removed with the session.
    private let temporaryDirectories: [URL]

    init(command: String, width: Int, height: Int, temporaryDirectories: [URL] = []) throws {
        self.temporaryDirectories = temporaryDirectories
        try run(["new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height), command])
    }

    deinit {
        try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
        for directory in temporaryDirectories { try? FileManager.default.removeItem(at: directory) }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private func commandLine(_ arguments: [String]) -> String {
        ([Self.executable!, "-u", "-S", socket, "-f", "/dev/null"] + arguments).map(Self.quote).joined(separator: " ")
    }

    static func quote(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    func run(_ arguments: [String]) throws {
        let status = system(commandLine(arguments) + " </dev/null >/dev/null 2>&1")
        guard status == 0 else { throw Failure(description: "tmux \(arguments.first ?? "") failed: \(status)") }
    }

    func output(_ arguments: [String]) throws -> String {
        guard let pipe = popen(commandLine(arguments) + " 2>/dev/null", "r") else {
            throw Failure(description: "cannot run tmux")
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, pipe)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        pclose(pipe)
        return String(decoding: bytes, as: UTF8.self)
    }

    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", "main"] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    func screen() throws -> [String] {
        try output(["capture-pane", "-p", "-t", "main"]).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    /// The screen with its SGR escape sequences (colours and attributes), as tmux renders it.
    func styledScreen() throws -> String {
        try output(["capture-pane", "-p", "-e", "-t", "main"])
    }

    /// Waits until the screen satisfies `condition` (up to `timeout` seconds) and returns it. A wait that times
    /// out throws, with the last screen, so the test fails there instead of going on with a screen it did not
    /// wait for.
    func waitFor(
        timeout: Double = 10, _ condition: ([String]) -> Bool,
        file: String = #fileID, line: Int = #line
    ) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !condition(lines) {
            guard Date() < deadline else {
                throw Failure(
                    description: "\(file):\(line): the screen was not as awaited after \(timeout) s:\n"
                        + lines.joined(separator: "\n"))
            }
            Thread.sleep(forTimeInterval: 0.1)
            lines = try screen()
        }
        return lines
    }
}
