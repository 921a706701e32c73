import Foundation
import LecternCore

/// Loads the whole documents of a `ReadingOpening` on a thread of its own and builds their reader, ready to draw,
/// for `ReaderSession.deliver`. Only the finished outcome is shared, under a lock; a byte on `readyDescriptor`
/// (a pipe) says it is there, so the terminal's loop can wait for a key or the documents, whichever comes first.
public final class WholeDocumentsLoad: @unchecked Sendable {
    public typealias Outcome = Result<ReaderApp, DocumentLoadError>

    private let work: @Sendable () -> Outcome
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var started = false
    private var outcome: Outcome?
    private var taken = false
    /// The pipe written once when the outcome is there.
    private let ready: (read: Int32, write: Int32)

    init(_ work: @escaping @Sendable () -> Outcome) {
        self.work = work
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) != 0 { ends = [-1, -1] }
        ready = (ends[0], ends[1])
    }

    deinit {
        if ready.read >= 0 { close(ready.read) }
        if ready.write >= 0 { close(ready.write) }
    }

    /// Readable once the outcome is there (-1 if no pipe could be made: then poll).
    public var readyDescriptor: Int32 { ready.read }

    /// Starts loading (once); the backend calls it after drawing the preview, so the preview's frame comes first.
    public func start() {
        guard
            lock.withLock({ () -> Bool in
                defer { started = true }
                return !started
            })
        else { return }
        let thread = Thread { [self] in
            let result = work()
            lock.withLock { outcome = result }
            done.signal()
            if ready.write >= 0 { _ = write(ready.write, [UInt8(1)], 1) }
        }
        // Recognition and the first layout recurse over the outline; give them the main thread's room.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The outcome, once, when the load is done; nil before (and after it was taken).
    public func poll() -> Outcome? {
        lock.withLock {
            guard !taken, let outcome else { return nil }
            taken = true
            self.outcome = nil
            return outcome
        }
    }

    /// Starts the load if need be and waits for the outcome (headless runs, tests, the benchmark).
    public func wait() -> Outcome {
        start()
        if let outcome = poll() { return outcome }
        done.wait()
        return poll()!
    }
}

extension ReaderSession {
    /// The session for an opening, and the load to poll when it shows first parts of big files.
    package static func open(
        _ opening: ReadingOpening, width: Int, height: Int, memories: [String: ReadingMemory],
        canRunEditor: Bool, comparison: ComparisonReading? = nil
    ) -> (session: ReaderSession, load: WholeDocumentsLoad?) {
        guard let remaining = opening.loadWhole else {
            var app = wholeReader(
                opening.shown, width: width, height: height, memories: memories, canRunEditor: canRunEditor)
            // A comparison is of whole documents: `lectern --diff` opens both versions whole.
            if let comparison { app.showComparison(comparison) }
            return (ReaderSession(app), nil)
        }
        let alikeParagraphs = opening.alikeParagraphs
        var preview = ReaderApp(documents: opening.shown, width: width, height: height, fileSystem: PreviewFileSystem())
        // A preview shows no annotations; with some saved, it would not be the whole documents' first screen. A
        // stand-in's annotations would show only in its rows, which are unsure anyway.
        let annotated = opening.shown.indices.contains { i in
            !opening.standIns.contains(i)
                && PosixFileSystem().size(AnnotationFile.sidecarPath(forSource: opening.shown[i].path)) != nil
        }
        let firstParts = ReaderPreview(
            &preview, annotated: annotated,
            firstUnsureSlot: opening.shown.indices.map { i in
                if opening.standIns.contains(i) { return 0 }
                let (index, alike) = (preview.readers[i].index, alikeParagraphs[i])
                // One slot before the first unsure paragraph: a speech header right before it may be unsure too.
                return alike < index.document.paragraphs.count
                    ? max(0, index.slot(ofParagraph: alike) - 1) : index.slotCount
            }, standIns: opening.standIns, memories: memories)
        let load = WholeDocumentsLoad {
            remaining().flatMap { documents in
                // A stand-in with no text is left out, as it would have been if read at once; the reader says so.
                let readable = documents.filter { !$0.paragraphs.isEmpty }
                guard !readable.isEmpty else {
                    return .failure(
                        DocumentLoadError(path: documents.first?.path ?? "the documents", reason: "no text to show"))
                }
                var whole = wholeReader(
                    readable, width: width, height: height, memories: memories,
                    canRunEditor: canRunEditor)
                whole.message = .leftOut(documents.filter { $0.paragraphs.isEmpty }.map(\.path), before: whole.message)
                return .success(whole)
            }
        }
        return (ReaderSession(preview, preview: firstParts), load)
    }
}
