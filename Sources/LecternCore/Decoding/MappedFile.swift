import Foundation
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// A file mapped read-only into memory: its pages come from the page cache as they are read and are not copied.
/// The mmap, madvise and munmap calls of the core are here and nowhere else.
///
/// The mapping shows the file as it is on disk, so a file written over in place while it is open would change
/// under the tables made from it. `isChangedOnDisk` compares the file's size and modification time with those it
/// had when mapped: the annotation layer checks it before it hashes the text or saves. A big file keeps its
/// descriptor open and its resident memory watched (`PageReleaser`). A small one (`watched: false`, a folder's
/// thousands) keeps neither, as that would be two descriptors a file: it is looked up by path, and a path that
/// now names another file (one saved by rename) leaves the mapped one as it was. A file shortened meanwhile reads as zeros past its new end (`truncationGuard`) rather than ending the
/// process, and one page more than the file is mapped, so reading a few bytes past the end never faults.
final class MappedFile: @unchecked Sendable {
    // Immutable after init; the mapping is only read.
    let base: UnsafePointer<UInt8>
    let count: Int
    private let mappedLength: Int
    /// The open file of a watched mapping; nil for a small one, looked up at `path`.
    private let descriptor: FileDescriptor?
    private let path: String
    private let identity: FileIdentity
    /// The process's resident memory, looked at by `PageReleaser` (one open /proc file for the mapping's life).
    let resident: ResidentMemory?
    /// The process's resident memory before the file was read: what `PageReleaser` measures growth from.
    let residentWhenMapped: Int?

    private init(
        base: UnsafePointer<UInt8>, count: Int, mappedLength: Int, descriptor: FileDescriptor, path: String,
        watched: Bool, baseline: Int?
    ) {
        self.base = base
        self.count = count
        self.mappedLength = mappedLength
        self.path = path
        identity = FileIdentity(descriptor)
        if watched {
            self.descriptor = descriptor
            resident = ResidentMemory()
            residentWhenMapped = baseline ?? resident?.bytes()
        } else {
            try? descriptor.close()
            self.descriptor = nil
            resident = nil
            residentWhenMapped = nil
        }
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), mappedLength)
        try? descriptor?.close()
    }

    /// Maps a regular file of at least `minimumSize` bytes; nil for anything else (a smaller file, a pipe, a file
    /// that cannot be mapped), which the caller reads instead. Only a regular file is opened: opening a FIFO here
    /// would take its writer's data from the reading that follows. `baseline` is the resident memory growth is
    /// measured from (the process's now, by default; a test sets it to have the budget exceeded).
    static func map(_ path: String, minimumSize: Int, watchedFrom: Int = 0, baseline: Int? = nil) -> MappedFile? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) >= minimumSize,
            status.st_size > 0
        else { return nil }
        #if canImport(Glibc)
            _ = truncationGuard
        #endif
        guard let file = try? FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec) else { return nil }
        guard let opened = try? file.stat(), opened.type == .regular, Int(opened.size) >= minimumSize,
            opened.size > 0
        else {
            try? file.close()
            return nil
        }
        let size = Int(opened.size)
        let length = size + pageSize
        let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, file.rawValue, 0)
        guard let address, address != MAP_FAILED else {
            try? file.close()
            return nil
        }
        return MappedFile(
            base: UnsafePointer(address.assumingMemoryBound(to: UInt8.self)), count: size, mappedLength: length,
            descriptor: file, path: path, watched: size >= watchedFrom, baseline: baseline)
    }

    /// True when the file's size or modification time is not what it was when mapped: it was written over in place.
    var isChangedOnDisk: Bool {
        if let descriptor { return FileIdentity(descriptor) != identity }
        // A small mapping's file, found by its path: another file there (or none) is not the one mapped.
        let now = FileIdentity(path: path)
        return now.sameFile(as: identity) && now != identity
    }

    /// Whether the file's resident memory is watched and its descriptor kept (a big file's mapping).
    var isWatched: Bool { descriptor != nil }

    /// Gives back the pages wholly inside `range`: they leave the process's memory and come back from the page
    /// cache when next read (the mapping is private and never written).
    func release(_ range: Range<Int>) {
        // A small mapping is read whole at once: its pages, handed back, would only be read in again.
        guard isWatched else { return }
        let page = Self.pageSize
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound >= count ? mappedLength : range.upperBound / page * page
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, Int32(MADV_DONTNEED))
    }

    fileprivate static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    #if canImport(Glibc)
        /// The handler that was there before ours (the Swift runtime's backtracer, or the default), for any SIGBUS
        /// that is not a mapped file's missing page. Written once, before ours is installed.
        nonisolated(unsafe) private static var previousAction = sigaction()

        /// Reading a page of a mapped file past its end (the file was shortened) raises SIGBUS with BUS_ADRERR,
        /// which would end the process. The handler puts a page of zeros there instead, so the text reads NULs,
        /// which readers show as placeholders. Any other SIGBUS goes to the handler there was before. Installed
        /// once, before the first mapping.
        private static let truncationGuard: Void = {
            var action = sigaction()
            action.sa_flags = SA_SIGINFO
            action.__sigaction_handler.sa_sigaction = { signal, info, context in
                // Only system calls here (sysconf of the page size reads a constant).
                guard let info, info.pointee.si_code == BUS_ADRERR,
                    let address = info.pointee._sifields._sigfault.si_addr
                else {
                    sigaction(SIGBUS, &MappedFile.previousAction, nil)
                    raise(SIGBUS)
                    return
                }
                let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
                let start = UInt(bitPattern: address) & ~(page - 1)
                let zeros = mmap(
                    UnsafeMutableRawPointer(bitPattern: start), Int(page), PROT_READ,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
                if zeros == MAP_FAILED { abort() }
            }
            sigaction(SIGBUS, &action, &previousAction)
        }()
    #endif
}

/// What tells a file written over in place from the file as it was: its size and modification time; and which
/// file it is (device and inode), to tell a path that names another file now.
private struct FileIdentity: Equatable {
    let size: Int64
    let modified: timespec?
    let device: UInt64
    let inode: UInt64

    init(_ descriptor: FileDescriptor) {
        var status = stat()
        self.init(fstat(descriptor.rawValue, &status) == 0 ? status : nil)
    }

    init(path: String) {
        var status = stat()
        self.init(stat(path, &status) == 0 ? status : nil)
    }

    private init(_ status: stat?) {
        guard let status else {
            (size, modified, device, inode) = (-1, nil, 0, 0)
            return
        }
        size = Int64(status.st_size)
        #if canImport(Darwin)
            modified = status.st_mtimespec
        #else
            modified = status.st_mtim
        #endif
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    func sameFile(as other: FileIdentity) -> Bool { size >= 0 && device == other.device && inode == other.inode }

    static func == (lhs: FileIdentity, rhs: FileIdentity) -> Bool {
        lhs.size == rhs.size && lhs.modified?.tv_sec == rhs.modified?.tv_sec
            && lhs.modified?.tv_nsec == rhs.modified?.tv_nsec
    }
}

/// The process's resident memory, read from /proc/self/statm (Linux); nil where there is none to read.
final class ResidentMemory: @unchecked Sendable {
    // Read with pread at offset 0 into a buffer of each call's own: any thread may ask.
    private let statm: FileDescriptor

    init?() {
        guard let statm = try? FileDescriptor.open("/proc/self/statm", .readOnly, options: .closeOnExec) else {
            return nil
        }
        self.statm = statm
    }

    deinit { try? statm.close() }

    /// Resident bytes now: statm's second field counts pages.
    func bytes() -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer in
            let count = (try? statm.read(fromAbsoluteOffset: 0, into: UnsafeMutableRawBufferPointer(buffer))) ?? 0
            var field = 0
            var pages = 0
            for byte in buffer[..<count] {
                if byte == UInt8(ascii: " ") {
                    field += 1
                    if field == 2 { break }
                } else if field == 1 {
                    pages = pages * 10 + Int(byte &- 48)
                }
            }
            return pages * MappedFile.pageSize
        }
    }
}
