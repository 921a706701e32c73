import Foundation
import Testing

@testable import LecternFormats

/// The one place that runs programs: output read whole, a missing tool named with its package, a stuck one stopped.
@Suite struct ExternalToolTests {
    @Test func aToolsOutputIsReadWhole() throws {
        let printf = ExternalTool(name: "printf", package: "coreutils")
        // More than a pipe holds (64 KB) on stdout while stderr is written too.
        let output = try printf.run(["%070000d"])
        #expect(output.status == 0)
        #expect(output.stdout.count == 70_000)
    }

    /// A folder of hundreds of PDFs runs the tools hundreds of times: no run may leave a descriptor open.
    @Test func runsLeaveNoDescriptorOpen() throws {
        func openDescriptors() throws -> Int {
            try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
        }
        let echo = ExternalTool(name: "echo", package: "coreutils")
        _ = try echo.run(["warm"])
        let before = try openDescriptors()
        for k in 0..<200 { _ = try echo.run(["\(k)"]) }
        // Other tests run beside this one and open files of their own: allow a few, never one per run.
        #expect(try openDescriptors() - before < 20)
    }

    @Test func aMissingToolNamesItsPackage() {
        let missing = ExternalTool(name: "lectern-no-such-tool", package: "no-such-package")
        #expect(!missing.isInstalled)
        #expect(
            missing.missingReason(for: "a PDF")
                == "reading a PDF needs lectern-no-such-tool, which is not installed (apt-get install no-such-package)")
        #expect(throws: DocumentFormatError.self) { try missing.run([]) }
    }

    @Test func aToolRunningPastItsTimeIsStoppedAndIsAnError() throws {
        let sleep = ExternalTool(name: "sleep", package: "coreutils")
        let started = Date()
        do {
            _ = try sleep.run(["30"], timeLimit: 0.5)
            Issue.record("a 30 s sleep returned")
        } catch {
            #expect(error.reason == "sleep was still running after 0.5 s and was stopped")
        }
        // Stopped, not waited for.
        #expect(Date().timeIntervalSince(started) < 20)
        // A quick run within its time is not an error.
        #expect(try sleep.run(["0"], timeLimit: 5).status == 0)
    }
}
