import Foundation

/// Rewrites what a zip archive declares about its entries, for archives that lie (a bomb that claims to be small).
public enum ZipHeaders {
    /// `archive` with every entry declaring `size` inflated bytes, in its local header and its central directory
    /// record (zip64 archives are not handled).
    public static func declaringUncompressedSize(_ size: UInt32, in archive: Data) -> Data {
        var bytes = [UInt8](archive)
        func read16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func read32(_ at: Int) -> Int { read16(at) | read16(at + 2) << 16 }
        func write32(_ value: UInt32, _ at: Int) {
            for k in 0..<4 { bytes[at + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        }
        // The end of central directory record: its signature, searched from the end (a comment may follow it).
        var end = bytes.count - 22
        while end >= 0, read32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= 0 else { return archive }
        var record = read32(end + 16)
        for _ in 0..<read16(end + 10) {
            write32(size, record + 24)
            write32(size, read32(record + 42) + 22)
            record += 46 + read16(record + 28) + read16(record + 30) + read16(record + 32)
        }
        return Data(bytes)
    }
}
