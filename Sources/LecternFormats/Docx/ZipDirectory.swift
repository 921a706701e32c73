import Foundation

/// The entries of a zip archive, read from its central directory: just what reading a .docx needs (names, sizes,
/// where each entry's data starts, how it is compressed). Every offset and size is checked against the bytes, so a
/// damaged or hostile archive is an error, never a read past the end.
struct ZipDirectory {
    struct Entry {
        var name: String
        /// 0 stored, 8 deflated; anything else is refused when the entry is read.
        var method: UInt16
        var flags: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int

        var isEncrypted: Bool { flags & 1 != 0 }
    }

    enum Failure: Error, Equatable {
        case notAnArchive
        case damaged
        case tooManyEntries(Int)
        /// ZIP64 (for archives past 4 GB or 65,535 entries), which no plausible Word document needs.
        case zip64
    }

    let entries: [Entry]
    private let bytes: Data

    init(_ bytes: Data, maxEntries: Int) throws(Failure) {
        self.bytes = bytes
        guard let end = Self.endRecord(in: bytes) else { throw .notAnArchive }
        let declared = Int(bytes.le16(end + 10))
        let directoryOffset = Int(bytes.le32(end + 16))
        guard declared != 0xFFFF, directoryOffset != 0xFFFF_FFFF else { throw .zip64 }
        guard declared <= maxEntries else { throw .tooManyEntries(maxEntries) }
        var entries: [Entry] = []
        entries.reserveCapacity(declared)
        var at = directoryOffset
        for _ in 0..<declared {
            guard at >= 0, at + 46 <= end, bytes.le32(at) == 0x0201_4B50 else { throw .damaged }
            let nameLength = Int(bytes.le16(at + 28))
            let variable = nameLength + Int(bytes.le16(at + 30)) + Int(bytes.le16(at + 32))
            guard at + 46 + variable <= end else { throw .damaged }
            let nameStart = bytes.startIndex + at + 46
            entries.append(
                Entry(
                    name: String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self),
                    method: bytes.le16(at + 10), flags: bytes.le16(at + 8),
                    compressedSize: Int(bytes.le32(at + 20)), uncompressedSize: Int(bytes.le32(at + 24)),
                    localHeaderOffset: Int(bytes.le32(at + 42))))
            at += 46 + variable
        }
        self.entries = entries
    }

    /// The offset of the end-of-central-directory record: the last PK 5 6 signature with room for the record's
    /// 22 bytes after it.
    static func endRecord(in bytes: Data) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var at = bytes.count - 22
        // The record is followed by its comment, at most 65,535 bytes.
        let lowest = max(0, at - 0xFFFF)
        while at >= lowest {
            if bytes.le32(at) == 0x0605_4B50 { return at }
            at -= 1
        }
        return nil
    }

    /// The entry's stored bytes (compressed or not), checked to lie within the archive.
    func data(of entry: Entry) throws(Failure) -> Data {
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, bytes.le32(header) == 0x0403_4B50 else { throw .damaged }
        let start = header + 30 + Int(bytes.le16(header + 26)) + Int(bytes.le16(header + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw .damaged }
        return bytes[(bytes.startIndex + start)..<(bytes.startIndex + start + entry.compressedSize)]
    }
}

extension Data {
    /// The little-endian integers at `offset` from the start (the caller has checked the bounds).
    fileprivate func le16(_ offset: Int) -> UInt16 {
        let i = startIndex + offset
        return UInt16(self[i]) | UInt16(self[i + 1]) << 8
    }

    fileprivate func le32(_ offset: Int) -> UInt32 {
        let i = startIndex + offset
        return UInt32(self[i]) | UInt32(self[i + 1]) << 8 | UInt32(self[i + 2]) << 16 | UInt32(self[i + 3]) << 24
    }
}
