import CZlibInflate
import Foundation

/// Inflates a raw deflate stream (a zip entry's data) through zlib: the one file that calls it. Output comes in
/// chunks to a consumer that may stop the work by throwing; input that ends before the stream does is an error,
/// so a truncated or lying entry always ends (ZIPFoundation's own loop spun forever on one, found by fuzzing).
enum RawInflater {
    enum Failure: Error {
        /// The stream is not valid deflate data.
        case damaged
        /// The input ended before the stream's last block.
        case truncated
    }

    static let chunkBytes = 64 << 10

    static func inflate(_ input: UnsafeRawBufferPointer, into consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        var stream = z_stream()
        guard lectern_inflate_init(&stream, -MAX_WBITS) == Z_OK else { throw Failure.damaged }
        defer { inflateEnd(&stream) }
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 1)
        defer { output.deallocate() }
        // zlib reads in UInt32 counts; the input is fed in slices so any size works.
        var offset = 0
        while true {
            if stream.avail_in == 0, offset < input.count {
                let slice = min(input.count - offset, Int(UInt32.max))
                stream.next_in = UnsafeMutablePointer(
                    mutating: input.baseAddress!.advanced(by: offset)
                        .assumingMemoryBound(to: Bytef.self))
                stream.avail_in = UInt32(slice)
                offset += slice
            }
            stream.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = UInt32(chunkBytes)
            let result = CZlibInflate.inflate(&stream, Z_NO_FLUSH)
            let produced = chunkBytes - Int(stream.avail_out)
            if produced > 0 { try consume(UnsafeRawBufferPointer(rebasing: output[0..<produced])) }
            switch result {
            case Z_STREAM_END:
                return
            case Z_OK:
                continue
            case Z_BUF_ERROR:
                // No progress possible: with room to write, that means the input is used up.
                if stream.avail_in == 0, offset >= input.count { throw Failure.truncated }
                if produced == 0 { throw Failure.damaged }
            default:
                throw Failure.damaged
            }
        }
    }
}
