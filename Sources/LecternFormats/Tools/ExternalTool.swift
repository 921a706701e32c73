import Foundation

/// A program Lectern runs to read a format it does not parse itself (pdftotext for PDF, antiword and catdoc for
/// legacy Word): the one place that starts processes. Tools are looked up on PATH; a missing one is a one-line
/// reason naming the Debian package that installs it.
struct ExternalTool: Sendable {
    /// The program's name, as on PATH.
    let name: String
    /// The Debian package that installs it, for the hint when it is missing.
    let package: String

    static let pdftotext = ExternalTool(name: "pdftotext", package: "poppler-utils")
    static let pdfinfo = ExternalTool(name: "pdfinfo", package: "poppler-utils")
    static let antiword = ExternalTool(name: "antiword", package: "antiword")
    static let catdoc = ExternalTool(name: "catdoc", package: "catdoc")

    struct Output: Sendable {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// The program's full path, or nil when no directory on PATH holds an executable of that name.
    var path: String? {
        let search = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in search.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    var isInstalled: Bool { path != nil }

    /// The reason given when the tool is needed and missing.
    func missingReason(for what: String) -> String {
        "reading \(what) needs \(name), which is not installed (apt-get install \(package))"
    }

    /// How long a tool may take: pdftotext reads a 1,000-page PDF in a few seconds, so a tool still running after
    /// this is stuck on a hostile or broken file, and is stopped rather than left to hang the command.
    static let timeLimit: Double = 120

    /// Runs the tool with `arguments` and waits, reading both pipes as they fill (a full pipe would block it); a
    /// run past `timeLimit` seconds is stopped and is an error.
    func run(
        _ arguments: [String], environment: [String: String] = [:],
        timeLimit: Double = ExternalTool.timeLimit
    ) throws(DocumentFormatError) -> Output {
        guard let executable = path else { throw .unreadable(missingReason(for: "this file")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .unreadable("cannot run \(name): \(error.localizedDescription)")
        }
        // The timer holds the process id only, and is cancelled when the run ends: nothing of this run (its
        // pipes' descriptors above all) outlives it.
        let watch = Watchdog(pid: process.processIdentifier)
        let timer = DispatchWorkItem { watch.stopIfRunning() }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timer)
        defer {
            timer.cancel()
            try? out.fileHandleForReading.close()
            try? err.fileHandleForReading.close()
        }
        // stderr is read on a thread of its own while stdout is read here.
        let errorBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        if watch.finish() {
            let seconds = timeLimit == timeLimit.rounded() ? String(Int(timeLimit)) : String(timeLimit)
            throw .unreadable("\(name) was still running after \(seconds) s and was stopped")
        }
        return Output(
            status: process.terminationStatus, stdout: stdout,
            stderr: String(decoding: errorBox.data, as: UTF8.self))
    }

    /// The first line the tool prints for `-v` (to either stream), for recording which extractor made a text.
    func version(flag: String = "-v") -> String? {
        guard let output = try? run([flag]) else { return nil }
        let text = String(decoding: output.stdout, as: UTF8.self) + "\n" + output.stderr
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.lowercased().contains("version") }
    }
}

/// Bytes handed from the thread that reads a pipe to the one that waits for it (after `DispatchGroup.wait`).
private final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// Stops a process that runs past its time, and tells afterwards whether it had to.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private let pid: Int32
    private var finished = false
    private var stopped = false

    init(pid: Int32) { self.pid = pid }

    func stopIfRunning() {
        lock.withLock {
            guard !finished else { return }
            stopped = true
            // SIGKILL: a child may inherit a blocked SIGTERM (Process.terminate), and a stuck tool has nothing to save.
            kill(pid, SIGKILL)
        }
    }

    /// Marks the run finished (a later timer does nothing, so a reused process id is never killed); true when the
    /// process was stopped.
    func finish() -> Bool {
        lock.withLock {
            finished = true
            return stopped
        }
    }
}
