import Foundation
import LecternCore

/// The parts of a .docx archive, inflated within `DocxLimits`: entries are counted when it opens, and each part is
/// inflated in chunks that are counted as they come, so a bomb is refused after at most a limit's worth of bytes.
/// The archive is read by `ZipDirectory` and `RawInflater` rather than a zip library: reading needs little, and every
/// failure the fuzzer found in a library (traps on offsets past the end, a leaked stream, a loop that never ended
/// on a truncated entry) is then a checked error here.
struct DocxArchive {
    private let directory: ZipDirectory
    private let limits: DocxLimits
    /// The first entry of each name, for the names asked for.
    private let entries: [String: ZipDirectory.Entry]
    /// Bytes inflated so far, all parts together.
    private var inflatedTotal = 0

    init(_ data: Data, reading names: Set<String>, limits: DocxLimits) throws(DocumentFormatError) {
        do {
            directory = try ZipDirectory(data, maxEntries: limits.maxEntries)
        } catch .tooManyEntries(let limit) {
            throw .unreadable("more than \(limit) entries in the archive; not a plausible Word document")
        } catch .zip64 {
            throw .unreadable("a ZIP64 archive; not a plausible Word document")
        } catch {
            throw .unreadable("not a Word document (damaged or not a zip archive)")
        }
        self.limits = limits
        var found: [String: ZipDirectory.Entry] = [:]
        for entry in directory.entries where names.contains(entry.name) && found[entry.name] == nil {
            found[entry.name] = entry
        }
        entries = found
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
        guard entry.uncompressedSize <= partLimit else { throw tooLarge() }
        // The stored bytes lie within the file (checked below), so the ratio guard is measured against them.
        let compressed = max(1, entry.compressedSize)
        guard !entry.isEncrypted else {
            throw .unreadable("\(path) is encrypted; save the document without a password")
        }
        let stored: Data
        do {
            stored = try directory.data(of: entry)
        } catch {
            throw .unreadable("damaged Word document: \(path) lies past the end of the file")
        }
        var data = Data()
        data.reserveCapacity(min(Int(entry.uncompressedSize), partLimit))
        var failure: DocumentFormatError?
        let totalBefore = inflatedTotal
        func take(_ chunk: UnsafeRawBufferPointer) throws {
            let inflated = data.count + chunk.count
            if inflated > partLimit {
                failure = tooLarge()
            } else if totalBefore + inflated > totalLimit {
                failure = .unreadable(
                    "\(path) takes the parts read past \(ByteSize.described(totalLimit)) in all; "
                        + "not a plausible Word document")
            } else if inflated > ratioCheckedAfter, inflated / compressed > ratioLimit {
                failure = .unreadable(
                    "\(path) inflates more than \(ratioLimit) times its "
                        + "compressed size; not a plausible Word document")
            }
            if failure != nil { throw CancellationError() }
            data.append(chunk.assumingMemoryBound(to: UInt8.self))
        }
        do {
            switch entry.method {
            case 0:
                try stored.withUnsafeBytes { try take($0) }
            case 8:
                try stored.withUnsafeBytes { try RawInflater.inflate($0, into: take) }
            default:
                throw DocumentFormatError.unreadable(
                    "\(path) is compressed with method \(entry.method), which Word never uses; "
                        + "not a plausible Word document")
            }
        } catch let error as DocumentFormatError {
            throw error
        } catch RawInflater.Failure.truncated {
            throw failure ?? .unreadable("damaged Word document: \(path) is cut short")
        } catch {
            throw failure ?? .unreadable("damaged Word document: cannot extract \(path)")
        }
        inflatedTotal += data.count
        return data
    }
}
