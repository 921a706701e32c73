import Foundation
import LecternCore
import Testing

@testable import LecternTerminal

/// The load says it is done on a pipe, so the terminal's loop sleeps until a key or the documents come.
@Suite struct WholeDocumentsLoadTests {
    private func readable(_ descriptor: Int32, waitingMilliseconds: Int32) -> Bool {
        var watched = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        return poll(&watched, 1, waitingMilliseconds) == 1
    }

    @Test func theReadyPipeIsReadableOnlyOnceTheOutcomeIsThere() throws {
        let release = DispatchSemaphore(value: 0)
        let load = WholeDocumentsLoad {
            release.wait()
            return .failure(DocumentLoadError(path: "big.txt", reason: "gone"))
        }
        #expect(load.readyDescriptor >= 0)
        load.start()
        #expect(!readable(load.readyDescriptor, waitingMilliseconds: 50))
        #expect(load.poll() == nil)
        release.signal()
        #expect(readable(load.readyDescriptor, waitingMilliseconds: 10_000))
        guard case .failure(let failure)? = load.poll() else {
            Issue.record("the outcome should be there once the pipe is readable")
            return
        }
        #expect(failure.description == "big.txt: gone")
    }
}
