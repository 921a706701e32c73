import Foundation

/// The first place of one byte value in a buffer, by memchr over parts side by side: decoding looks for NUL and
/// CR in every byte of a file, and a 100 MB file is worth both cores.
enum ByteFind {
    static func first(_ byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { first(byte, in: $0) }
    }

    static func first(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
        let parts = ParallelWork.ranges(buffer.count, parts: ParallelWork.workerCount(forBytes: buffer.count / 8))
        let hits = ParallelWork.map(parts.count) { i -> Int? in
            let part = parts[i]
            guard let hit = memchr(base + part.lowerBound, Int32(byte), part.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        return hits.lazy.compactMap { $0 }.first
    }
}
