import Foundation

/// Runs the built `lectern` executable, as a user or a script would.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

public enum CommandRunner {
    /// The `lectern` binary built next to the test bundle (tests depend on the executable target, so it is built).
    public static var executable: URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDirectory, bundleDirectory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("lectern")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/lectern")
    }

    /// `environment` sets variables over the test's own (PATH of an empty folder: no external tools).
    public static func run(
        _ arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> CommandResult {
        try run(executable: executable, arguments, in: directory, environment: environment)
    }

    /// Runs any program the same way (the runner's own tests use a shell).
    public static func run(
        executable: URL, _ arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to their ends at once, before waiting: reading one after the other would deadlock a
        // child that fills the other pipe (64 kB) while the first is still open.
        let (stdout, stderr) = readTogether(out.fileHandleForReading, err.fileHandleForReading)
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Reads two handles to their ends concurrently (the second on a thread of its own) and returns both.
    public static func readTogether(_ first: FileHandle, _ second: FileHandle) -> (Data, Data) {
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            box.data = second.readDataToEndOfFile()
            done.signal()
        }
        reader.start()
        let data = first.readDataToEndOfFile()
        done.wait()  // the semaphore orders the thread's write before this read
        return (data, box.data)
    }

    /// A fresh temporary directory for files a test writes. All of a test run's directories sit in one folder
    /// that is removed when the test process exits.
    public static func temporaryDirectory() throws -> URL {
        let url = runDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func runDirectoryURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lectern-tests-\(getpid())")
    }

    private static let runDirectory: URL = {
        atexit { try? FileManager.default.removeItem(at: CommandRunner.runDirectoryURL()) }
        return runDirectoryURL()
    }()
}
