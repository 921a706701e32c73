import Foundation

/// The UTF-8 bytes of a decoded text, held once: either an array the decoder filled, or the file itself mapped
/// read-only when its bytes already are the decoded text (valid UTF-8, LF ends, no BOM). A mapped text is read
/// from the page cache without a copy, and a pass over all of it can hand its pages back as it goes
/// (`releasingPages`), so a big file is never resident whole while tables are built from it.
public struct TextBytes: RandomAccessCollection, Sendable {
    private enum Storage {
        case array([UInt8])
        case mapped(MappedFile)
    }

    private let storage: Storage

    public init(_ bytes: [UInt8]) { storage = .array(bytes) }

    init(mapped file: MappedFile) { storage = .mapped(file) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .array(let bytes): bytes.count
        case .mapped(let file): file.count
        }
    }

    public subscript(position: Int) -> UInt8 {
        switch storage {
        case .array(let bytes): return bytes[position]
        case .mapped(let file):
            precondition(position >= 0 && position < file.count, "text byte out of range")
            return file.base[position]
        }
    }

    /// True for a mapped file written over in place since it was mapped: the tables made from it no longer match
    /// it. (An editor that saves by replacing the file leaves the mapped one as it was.)
    public var isChangedOnDisk: Bool {
        if case .mapped(let file) = storage { return file.isChangedOnDisk }
        return false
    }

    /// True when the bytes are a file's mapping rather than a copy in memory.
    package var isMapped: Bool {
        if case .mapped = storage { return true }
        return false
    }

    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .array(let bytes):
            return try bytes.withUnsafeBufferPointer(body)
        case .mapped(let file):
            defer { withExtendedLifetime(file) {} }
            return try body(UnsafeBufferPointer(start: file.base, count: file.count))
        }
    }

    /// Runs a pass that reads the whole text (recognition, hashing, a search) while the mapped pages it has read
    /// are handed back every few milliseconds, so at most the pages read since then are in memory. A pass reads
    /// each page once, or a few times close together; a page read again later comes back from the page cache.
    /// An array-held text just runs the pass.
    public func releasingPages<R>(_ pass: () throws -> R) rethrows -> R {
        guard case .mapped(let file) = storage else { return try pass() }
        return try PageReleaser.whileRunning(file, pass)
    }
}

extension TextBytes {
    /// Runs a pass that reads the text front to back on one thread and says how far it has read by calling the
    /// function it is given with a byte offset (as often as it likes). Every few megabytes, when the process is over
    /// the budget `releasingPages` keeps to, a mapped text's pages before that offset are handed back: no thread
    /// runs beside the pass, and the pages still ahead of it stay. An array-held text just runs the pass.
    func readingFrontToBack<R>(_ pass: (_ reached: (Int) -> Void) throws -> R) rethrows -> R {
        guard case .mapped(let file) = storage, file.resident != nil, PageReleaser.budget(file) != nil else {
            return try pass { _ in }
        }
        var checked = 0
        return try pass { offset in
            guard offset - checked >= PageReleaser.frontToBackStep else { return }
            checked = offset
            PageReleaser.releaseIfOverBudget(file, before: offset)
        }
    }

    /// Hands a mapped text's pages back when the process has grown past the budget `releasingPages` keeps to: for a
    /// reader, whose screens read the text here and there between passes.
    public func releasePagesIfOverBudget() {
        guard case .mapped(let file) = storage else { return }
        PageReleaser.releaseIfOverBudget(file)
    }
}

extension TextBytes: Equatable {
    public static func == (lhs: TextBytes, rhs: TextBytes) -> Bool {
        lhs.withUnsafeBufferPointer { a in
            rhs.withUnsafeBufferPointer { b in
                a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }
}

/// Hands a mapped file's pages back whenever the process's resident memory has grown by seven tenths of the file
/// since it was mapped (the rest of 1.3 times the file is room for what is allocated between two looks): while the
/// tables are small a pass keeps the pages it reads (reading them again costs page faults); the tables built later
/// make room for themselves, so the process stays near the file's size.
enum PageReleaser {
    /// How often the resident memory is looked at: two cores read about 10 MB in this time.
    static let interval: DispatchTimeInterval = .milliseconds(2)

    /// What the process may grow by, from when the file was mapped, before the pages are handed back.
    static func budget(_ file: MappedFile) -> Int? { file.residentWhenMapped.map { $0 + file.count / 10 * 7 } }

    /// How far a front-to-back pass reads between two looks at the resident memory (a look costs a read of /proc).
    static let frontToBackStep = 4 << 20

    /// Hands back the pages before `end` (all of them by default) when the process is over budget.
    static func releaseIfOverBudget(_ file: MappedFile, before end: Int? = nil) {
        guard let budget = budget(file), let resident = file.resident, resident.bytes() > budget else { return }
        file.release(0..<min(end ?? file.count, file.count))
    }

    /// Runs `pass` with a thread beside it that looks every `interval` and hands the pages back when over budget.
    static func whileRunning<R>(_ file: MappedFile, _ pass: () throws -> R) rethrows -> R {
        guard file.resident != nil, budget(file) != nil else { return try pass() }
        let stop = DispatchSemaphore(value: 0)
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while stop.wait(timeout: .now() + interval) == .timedOut { releaseIfOverBudget(file) }
            stopped.signal()
        }
        defer {
            stop.signal()
            stopped.wait()
        }
        return try pass()
    }
}
