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

    /// Whether a phrase occurs in the line, found without the character set: where one of the anchor characters
    /// stands (sixteen positions a step, two vector compares an anchor), the phrases holding it are compared. A long
    /// line's character set holds most of the 64 bits and rules out few phrases, and a long line that ends a
    /// sentence needs no other scan: it can only be boilerplate.
    static func occurs(searching line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress, line.count >= 3 else { return false }
        let raw = UnsafeRawPointer(base)
        // An anchor's second and third bytes are compared: continuation bytes, which only a character's own
        // second and third bytes match in a row, so a hit names the character that starts a byte before it.
        func phraseHolds(secondByteAt i: Int) -> Bool {
            let start = i - 1
            return anchors.contains { anchor in
                anchor.bytes.0 == base[start] && anchor.bytes.1 == base[i] && anchor.bytes.2 == base[i + 1]
                    && anchor.places.contains { place in
                        let from = start - place.offset
                        let needle = needles[place.needle]
                        return from >= 0 && from + needle.count <= line.count
                            && memcmp(base + from, needle, needle.count) == 0
                    }
            }
        }
        var i = 1
        if line.count >= 18 {
            // The seven anchors' bytes held in registers for the steps (a loop over them kept reloading them).
            let lanes = anchorLanes
            let (s0, t0, s1, t1) = (lanes[0].second, lanes[0].third, lanes[1].second, lanes[1].third)
            let (s2, t2, s3, t3) = (lanes[2].second, lanes[2].third, lanes[3].second, lanes[3].third)
            let (s4, t4, s5, t5) = (lanes[4].second, lanes[4].third, lanes[5].second, lanes[5].third)
            let (s6, t6) = (lanes[6].second, lanes[6].third)
            func step(_ i: Int) -> Bool {
                let second = ByteLanes.load(raw, i)
                let third = ByteLanes.load(raw, i + 1)
                var found = (second .== s0) .& (third .== t0)
                found .|= (second .== s1) .& (third .== t1)
                found .|= (second .== s2) .& (third .== t2)
                found .|= (second .== s3) .& (third .== t3)
                found .|= (second .== s4) .& (third .== t4)
                found .|= (second .== s5) .& (third .== t5)
                found .|= (second .== s6) .& (third .== t6)
                return ByteLanes.firstLane(of: found, from: i, where: phraseHolds)
            }
            while i + 17 <= line.count {
                if step(i) { return true }
                i += 16
            }
            // The positions left in one step overlapping the one before: a position looked at twice gives the
            // same answer.
            return i < line.count - 1 && step(line.count - 17)
        }
        while i + 1 < line.count {
            if phraseHolds(secondByteAt: i) { return true }
            i += 1
        }
        return false
    }

    /// The characters the direct search looks for. Each phrase holds one, and each is rare in speeches, so a hit
    /// seldom needs the phrases compared; a phrase holding none of them is looked for by its first character.
    private static let anchorCharacters = ["档", "读", "扫", "侵", "声", "便", "由"]

    /// Each anchor's three bytes, and where it stands in which phrases (byte offsets).
    private static let anchors: [(bytes: (UInt8, UInt8, UInt8), places: [(needle: Int, offset: Int)])] = {
        var characters = anchorCharacters.map { Array($0.utf8) }
        func offsets(of character: [UInt8], in needle: [UInt8]) -> [Int] {
            (0...(needle.count - 3)).filter { needle[$0..<($0 + 3)].elementsEqual(character) }
        }
        for needle in needles where characters.allSatisfy({ offsets(of: $0, in: needle).isEmpty }) {
            characters.append(Array(needle.prefix(3)))
        }
        return characters.map { character in
            let places = needles.indices.flatMap { k in
                offsets(of: character, in: needles[k]).map { (needle: k, offset: $0) }
            }
            return ((character[0], character[1], character[2]), places)
        }
    }()

    /// Each anchor's second and third bytes as vectors: seven, as the steps compare them (a test holds the anchors
    /// to seven, so a phrase that needed one more would be seen).
    private static let anchorLanes: [(second: SIMD16<UInt8>, third: SIMD16<UInt8>)] = anchors.map {
        (SIMD16(repeating: $0.bytes.1), SIMD16(repeating: $0.bytes.2))
    }

    static var anchorCount: Int { anchors.count }

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
