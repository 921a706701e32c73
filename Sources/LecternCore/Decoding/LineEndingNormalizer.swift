import Foundation

/// Rewrites CRLF and lone CR to LF, reporting which endings the source used.
enum LineEndingNormalizer {
    private static func contains(_ bytes: [UInt8], _ byte: UInt8) -> Bool { ByteFind.first(byte, in: bytes) != nil }

    static func normalize(_ bytes: [UInt8]) -> ([UInt8], LineEnding) {
        var sawLF = false
        var sawCRLF = false
        var sawCR = false
        guard contains(bytes, 0x0D) else {
            return (bytes, contains(bytes, 0x0A) ? .lf : .none)
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == 0x0D {
                if i + 1 < count, bytes[i + 1] == 0x0A {
                    sawCRLF = true
                    i += 1
                } else {
                    sawCR = true
                }
                out.append(0x0A)
            } else {
                if byte == 0x0A { sawLF = true }
                out.append(byte)
            }
            i += 1
        }
        let kinds = [sawLF, sawCRLF, sawCR].filter { $0 }.count
        let ending: LineEnding = kinds > 1 ? .mixed : sawCRLF ? .crlf : sawCR ? .cr : sawLF ? .lf : .none
        return (out, ending)
    }
}
