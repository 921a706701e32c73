/// Whether a line holds one of the sharing sites' boilerplate phrases (`NoiseClassifier.boilerplatePhrases`).
///
/// Every line near a document's edge is asked, and a folder of small files is mostly edges. Each phrase is sought
/// only when the line has all its characters: the line's characters, by their last byte, make a 64-bit set (one
/// pass), and a phrase whose set is not inside it cannot occur. Most lines rule out every phrase that way.
enum BoilerplatePhrases {
    private static let needles: [[UInt8]] = NoiseClassifier.boilerplatePhrases.map { Array($0.utf8) }
    private static let needleSets: [UInt64] = needles.map { needle in
        needle.withUnsafeBufferPointer { characterSet(of: $0) }
    }

    static func occurs(in line: UnsafeBufferPointer<UInt8>) -> Bool {
        occurs(in: line, characterSet: characterSet(of: line))
    }

    /// `occurs`, given the line's `characterSet` (`ChromeSignals` gathers it while scanning).
    static func occurs(in line: UnsafeBufferPointer<UInt8>, characterSet lineSet: UInt64) -> Bool {
        for (needle, needleSet) in zip(needles, needleSets) where needleSet & ~lineSet == 0 {
            if needle.withUnsafeBufferPointer({ ByteSearch.contains(line, $0) }) { return true }
        }
        return false
    }

    /// Bit (last byte mod 64) of each character of `bytes`, which starts at a character.
    static func characterSet(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var set: UInt64 = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let last = min(i + length, bytes.count) - 1
            set |= 1 << UInt64(bytes[last] & 63)
            i += length
        }
        return set
    }
}
