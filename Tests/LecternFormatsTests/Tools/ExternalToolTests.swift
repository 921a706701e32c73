import Foundation
@testable import LecternFormats
import Testing

/// The one place that runs programs: output read whole, a missing tool named with its package, a stuck one stopped.
@Suite struct ExternalToolTests {
    @Test func aToolsOutputIsReadWhole() throws {
        let printf = ExternalTool(name: "printf", package: "coreutils")
        // More than a pipe holds (64 KB) on stdout while stderr is written too.
        let output = try printf.run(["%070000d"])
        #expect(output.status == 0)
        #expect(output.stdout.count == 70_000)
    }

    @Test func aMissingToolNamesItsPackage() {
        let missing = ExternalTool(name: "lectern-no-such-tool", package: "no-such-package")
        #expect(!missing.isInstalled)
        #expect(missing.missingReason(for: "a PDF")
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
