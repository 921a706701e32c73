import Foundation
import LecternTestSupport
import Testing

/// The runner the command-line tests use: a chatty child cannot deadlock it.
@Suite struct CommandRunnerTests {
    /// A child that fills stderr (1.5 MB, far past a pipe's 64 kB) before it writes 1.5 MB to stdout: a runner
    /// reading stdout to its end first would wait forever for a child blocked on stderr. The run is timed out
    /// on a thread of its own so a deadlock fails the test instead of hanging the suite.
    @Test func aChildPrintingMegabytesToStderrAndStdoutCompletes() throws {
        let size = 1_500_000
        let script = "head -c \(size) /dev/zero | tr '\\0' e >&2; head -c \(size) /dev/zero | tr '\\0' o; echo end >&2"
        final class Box: @unchecked Sendable { var result: Result<CommandResult, Error>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread {
            box.result = Result { try CommandRunner.run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", script]) }
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + 120) == .success else {
            Issue.record("the runner did not finish within 120 s: reading stdout and stderr deadlocked")
            return
        }
        let result = try #require(box.result).get()
        #expect(result.status == 0)
        #expect(result.stdout.utf8.count == size && result.stdout.allSatisfy { $0 == "o" })
        #expect(result.stderr.utf8.count == size + 4 && result.stderr.hasSuffix("eend\n"))
    }
}
