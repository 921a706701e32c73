import Foundation
import LecternCore
import ZIPFoundation

/// The parts of a .docx archive, inflated within `DocxLimits`: entries are counted when it opens, and each part is
/// inflated in chunks that are counted as they come, so a bomb is refused after at most a limit's worth of bytes.
struct DocxArchive {
    private let archive: Archive
    private let archiveBytes: Int
    private let limits: DocxLimits
    /// The first entry of each name (what `Archive[path]` would find), for the names asked for.
    private let entries: [String: Entry]
    /// Bytes inflated so far, all parts together.
    private var inflatedTotal = 0

    init(_ data: Data, reading names: Set<String>, limits: DocxLimits) throws(DocumentFormatError) {
        // ZIPFoundation never closes its stream when it finds no end-of-central-directory record, leaking it
        // (AddressSanitizer's leak check found it): bytes without one are refused here, before it is asked.
        guard Self.hasEndOfCentralDirectory(data) else {
            throw .unreadable("not a Word document (damaged or not a zip archive)")
        }
        let file = try Self.temporaryCopy(of: data)
        defer { unlink(file) }
        do {
            archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        } catch {
            throw .unreadable("not a Word document (damaged or not a zip archive)")
        }
        archiveBytes = data.count
        self.limits = limits
        var found: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else {
                throw .unreadable("more than \(limits.maxEntries) entries in the archive; not a plausible Word document")
            }
            if names.contains(entry.path), found[entry.path] == nil { found[entry.path] = entry }
        }
        entries = found
    }

    /// True when an end-of-central-directory signature (PK 5 6) starts at least 22 bytes (the record's size)
    /// before the end: where ZIPFoundation looks for one.
    static func hasEndOfCentralDirectory(_ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            guard bytes.count >= 22 else { return false }
            var i = bytes.count - 22
            while i >= 0 {
                if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { return true }
                i -= 1
            }
            return false
        }
    }

    /// The bytes in a new temporary file, for the archive to read from (it keeps the file open; the caller unlinks
    /// the path at once). ZIPFoundation's archives in memory trap when a damaged archive points past its end
    /// (weichsel/ZIPFoundation#394, found by fuzzing); read from a file, that is the end of file and an error.
    private static func temporaryCopy(of data: Data) throws(DocumentFormatError) -> String {
        var template = Array((NSTemporaryDirectory() + "/lectern-docx-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        func failure() -> DocumentFormatError {
            .unreadable("cannot write a temporary copy to read it: \(String(cString: strerror(errno)))")
        }
        guard fd >= 0 else { throw failure() }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(fd) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
        guard written else {
            let error = failure()
            unlink(path)
            throw error
        }
        return path
    }

    /// The inflated bytes of the part at `path`, or nil when the archive has none.
    mutating func part(_ path: String) throws(DocumentFormatError) -> Data? {
        guard let entry = entries[path] else { return nil }
        let partLimit = limits.maxPartBytes
        let totalLimit = limits.maxTotalBytes
        let (ratioLimit, ratioCheckedAfter) = (limits.maxCompressionRatio, limits.ratioCheckedAfterBytes)
        func tooLarge() -> DocumentFormatError {
            .unreadable("\(path) inflates past \(ByteSize.described(partLimit)); not a plausible Word document")
        }
        // The declared size refuses an honest bomb before any inflating; the count below catches a lying one.
        guard entry.uncompressedSize <= UInt64(partLimit) else { throw tooLarge() }
        // A declared compressed size larger than the file itself must not weaken the ratio guard.
        let compressed = max(1, min(Int(clamping: entry.compressedSize), archiveBytes))
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        var failure: DocumentFormatError?
        let totalBefore = inflatedTotal
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                let inflated = data.count + chunk.count
                if inflated > partLimit {
                    failure = tooLarge()
                } else if totalBefore + inflated > totalLimit {
                    failure = .unreadable("\(path) takes the parts read past \(ByteSize.described(totalLimit)) in all; "
                        + "not a plausible Word document")
                } else if inflated > ratioCheckedAfter, inflated / compressed > ratioLimit {
                    failure = .unreadable("\(path) inflates more than \(ratioLimit) times its "
                        + "compressed size; not a plausible Word document")
                }
                if failure != nil { throw CancellationError() }
                data.append(chunk)
            }
        } catch {
            throw failure ?? .unreadable("damaged Word document: cannot extract \(path)")
        }
        inflatedTotal += data.count
        return data
    }
}
