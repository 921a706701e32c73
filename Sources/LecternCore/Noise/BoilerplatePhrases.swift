import Foundation

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

    /// Whether a phrase occurs in the line, found without the character set: where a phrase's first character
    /// stands (sixteen positions a step, three vector compares per distinct character), the phrases are compared. A long line's character set holds most of the 64 bits and rules out few phrases, and
    /// a long line that ends a sentence needs no other scan: it can only be boilerplate.
    static func occurs(searching line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        func phraseStarts(at i: Int) -> Bool {
            needles.contains { needle in
                needle.count <= line.count - i && needle[0] == base[i] && needle[1] == base[i + 1]
                    && needle[2] == base[i + 2] && memcmp(base + i, needle, needle.count) == 0
            }
        }
        var i = 0
        let foundInSteps = firstCharacters.withUnsafeBufferPointer { characters -> Bool in
            while i + 18 <= line.count {
                let first = ByteLanes.load(raw, i)
                let second = ByteLanes.load(raw, i + 1)
                let third = ByteLanes.load(raw, i + 2)
                var found = SIMDMask<SIMD16<Int8>>(repeating: false)
                for character in characters {
                    found .|= (first .== character.first) .& (second .== character.second)
                        .& (third .== character.third)
                }
                if ByteLanes.firstLane(of: found, from: i, where: phraseStarts) { return true }
                i += 16
            }
            return false
        }
        if foundInSteps { return true }
        while i + 2 < line.count {
            if phraseStarts(at: i) { return true }
            i += 1
        }
        return false
    }

    /// The first three bytes of each phrase (its first character), once each, as vectors of each byte.
    private static let firstCharacters: [(first: SIMD16<UInt8>, second: SIMD16<UInt8>, third: SIMD16<UInt8>)] = {
        var seen: Set<[UInt8]> = []
        return needles.compactMap { needle in
            // Every phrase is several characters long.
            guard seen.insert(Array(needle.prefix(3))).inserted else { return nil }
            return (SIMD16(repeating: needle[0]), SIMD16(repeating: needle[1]), SIMD16(repeating: needle[2]))
        }
    }()

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
