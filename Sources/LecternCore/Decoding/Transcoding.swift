import Foundation

/// Shared machinery of the table-driven transcoders (GB18030, UTF-16 → UTF-8): one output buffer, parts decoded
/// in parallel and joined.
enum Transcoding {
    /// What transcoding one part did.
    enum Step: Equatable {
        /// Bytes written to the output.
        case written(Int)
        /// The first invalid sequence starts at this offset of the part's input.
        case invalid(at: Int)
        /// The output buffer was too small (GB18030's one-byte euro sign triples); retry with more room.
        case needsRoom
    }

    /// What transcoding the whole input did.
    enum Outcome: Equatable {
        case utf8([UInt8])
        /// Offset of the first invalid sequence in the whole input.
        case invalid(at: Int)
        case needsRoom
    }

    /// Transcodes each of `parts` of `input` with `transcode` (concurrently when there are several) into one UTF-8
    /// array. `room(n)` bounds the output of `n` input bytes, plus at least 16 bytes of slack for word stores.
    /// Every part writes straight into the result, at the end of the room the parts before it may take; the gaps
    /// are then closed by moving each part down. (A buffer of its own per part, copied in after, touches half as
    /// many pages again, and fresh pages cost more than the move.)
    static func run(
        _ input: UnsafeBufferPointer<UInt8>, parts: [Range<Int>], room: (Int) -> Int,
        _ transcode: (UnsafeBufferPointer<UInt8>, UnsafeMutablePointer<UInt8>, Int) -> Step
    ) -> Outcome {
        var firstFailure: Step?
        var starts: [Int] = []
        var capacity = 0
        for part in parts {
            starts.append(capacity)
            capacity += room(part.count)
        }
        let result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let steps = ParallelWork.map(parts.count) { k in
                transcode(UnsafeBufferPointer(rebasing: input[parts[k]]), base + starts[k], room(parts[k].count))
            }
            var written = 0
            for (k, step) in steps.enumerated() {
                switch step {
                case .written(let n):
                    if k > 0, n > 0 { memmove(base + written, base + starts[k], n) }
                    written += n
                case .invalid(let offset):
                    firstFailure = .invalid(at: offset + parts[k].lowerBound)
                    return
                case .needsRoom:
                    firstFailure = .needsRoom
                    return
                }
            }
            initialized = written
        }
        switch firstFailure {
        case .invalid(let offset)?: return .invalid(at: offset)
        case .needsRoom?: return .needsRoom
        default: return .utf8(result)
        }
    }
}

extension UnsafeMutablePointer<UInt8> {
    /// Writes the UTF-8 form of `scalar` (a valid Unicode scalar value) and returns how many bytes it took.
    @inline(__always)
    func storeUTF8(_ scalar: UInt32) -> Int {
        if scalar < 0x80 {
            self[0] = UInt8(truncatingIfNeeded: scalar)
            return 1
        } else if scalar < 0x800 {
            self[0] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            self[1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 2
        } else if scalar < 0x1_0000 {
            self[0] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            self[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            self[2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 3
        } else {
            self[0] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            self[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            self[2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            self[3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 4
        }
    }
}
