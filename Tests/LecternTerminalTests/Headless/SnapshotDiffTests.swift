import Foundation
import LecternTestSupport
import Testing

/// The snapshot helper itself: a match passes, a change is shown line by line, a missing file is named.
@Suite struct SnapshotDiffTests {
    @Test func aChangedLineIsShownRecordedAndNow() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("a\nb\nc\n".utf8).write(to: directory.appendingPathComponent("s.txt"))
        guard !Snapshot.isRecording else { return }
        #expect(Snapshot.mismatch("a\nb\nc\n", named: "s", in: directory) == nil)
        #expect(
            Snapshot.mismatch("a\nB\nc\n", named: "s", in: directory)
                == "snapshot s differs (- recorded, + now):\nline 2:\n- b\n+ B")
        #expect(Snapshot.mismatch("x", named: "missing", in: directory)?.hasPrefix("no snapshot ") == true)
    }
}
