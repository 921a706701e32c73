/// Cheap byte-level features of a line that the chrome rules need: a rule runs only when its features are
/// present, so ordinary text lines (even with half-width commas, as scraped copies have) skip every string rule.
struct ChromeSignals: OptionSet {
    let rawValue: UInt16

    /// ASCII space, tab, | or /, the ideographic space or ｜: what the toolbar rule splits menu words at.
    static let separator = ChromeSignals(rawValue: 1 << 0)
    /// : or ：
    static let colon = ChromeSignals(rawValue: 1 << 1)
    static let dot = ChromeSignals(rawValue: 1 << 2)
    /// ASCII letters or digits.
    static let alphanumeric = ChromeSignals(rawValue: 1 << 3)
    /// > ＞ »
    static let angle = ChromeSignals(rawValue: 1 << 4)
    /// 页
    static let page = ChromeSignals(rawValue: 1 << 5)
    /// © or 版
    static let copyright = ChromeSignals(rawValue: 1 << 6)
    /// Any other ASCII punctuation.
    static let asciiPunctuation = ChromeSignals(rawValue: 1 << 7)
    /// { } < ; — what a style rule or a tag has.
    static let markup = ChromeSignals(rawValue: 1 << 8)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(scanning line: UnsafeBufferPointer<UInt8>) {
        var unused: UInt64 = 0
        self.init(scanning: line, collecting: false, characterSet: &unused)
    }

    /// The signals, and the line's `BoilerplatePhrases.characterSet` gathered in the same pass: a line that may be
    /// boilerplate needs both, and a folder of small files is mostly such lines.
    init(scanning line: UnsafeBufferPointer<UInt8>, characterSet: inout UInt64) {
        self.init(scanning: line, collecting: true, characterSet: &characterSet)
    }

    @inline(__always)
    private init(scanning line: UnsafeBufferPointer<UInt8>, collecting: Bool, characterSet: inout UInt64) {
        var signals: UInt16 = 0
        var set: UInt64 = 0
        var i = 0
        let count = line.count
        Self.asciiSignals.withUnsafeBufferPointer { ascii in
            Self.leadBytes.withUnsafeBufferPointer { leads in
                while i < count {
                    // Four three-byte characters at once (most of a Chinese line): their last bytes go to the
                    // character set, and only those whose lead byte may begin a signal are looked at whole.
                    if i + 12 <= count, let base = line.baseAddress {
                        let head = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                        let tail = UInt32(
                            littleEndian: UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt32.self))
                        if head & 0xC0F0_C0C0_F0C0_C0F0 == 0x80E0_8080_E080_80E0, tail & 0xC0C0_F0C0 == 0x8080_E080 {
                            if collecting {
                                set |=
                                    1 << (head >> 16 & 63) | 1 << (head >> 40 & 63) | 1 << UInt64(tail & 63)
                                    | 1 << UInt64(tail >> 24 & 63)
                            }
                            func look(_ character: UInt32) {
                                guard leads[Int(character & 0xFF)] & Self.maySignal != 0 else { return }
                                signals |= Self.signal(ofThreeBytes: character)
                            }
                            look(UInt32(truncatingIfNeeded: head & 0xFF_FFFF))
                            look(UInt32(truncatingIfNeeded: head >> 24 & 0xFF_FFFF))
                            look(UInt32(truncatingIfNeeded: head >> 48) | (tail & 0xFF) << 16)
                            look(tail >> 8)
                            i += 12
                            continue
                        }
                    }
                    let b = line[i]
                    if b < 0x80 {
                        signals |= ascii[Int(b)]
                        if collecting { set |= 1 << UInt64(b & 63) }
                        i += 1
                        continue
                    }
                    // Only a few lead bytes begin a signal (© » 页 ： ＞ 版 the ideographic space ｜); the rest
                    // of Chinese text is stepped over a character at a time, one table lookup a character.
                    let lead = leads[Int(b)]
                    if collecting { set |= 1 << UInt64(line[min(i + Int(lead & ~Self.maySignal), count) - 1] & 63) }
                    guard lead & Self.maySignal != 0 else {
                        i += Int(lead)
                        continue
                    }
                    if b == 0xC2, i + 1 < count {
                        if line[i + 1] == 0xA9 { signals |= Self.copyright.rawValue }
                        if line[i + 1] == 0xBB { signals |= Self.angle.rawValue }
                    } else if b == 0xE9 || b == 0xEF || b == 0xE7 || b == 0xE3, i + 2 < count {
                        signals |= Self.signal(
                            ofThreeBytes: UInt32(b) | UInt32(line[i + 1]) << 8 | UInt32(line[i + 2]) << 16)
                    }
                    // On to the next character: the signals are whole characters (a lead byte never stands
                    // inside one in valid UTF-8), and a line near a document's edge is scanned whatever it holds.
                    i += Int(lead & ~Self.maySignal)
                }
            }
        }
        characterSet = set
        self.init(rawValue: signals)
    }

    /// Whether the line has a signal (the scan's signals are not empty): a printable ASCII byte or a tab, or one of
    /// © » 页 ： ＞ 版 ｜ or the ideographic space. Sixteen bytes a step with vector compares, so the long lines of a document's edges (a folder of small
    /// files is mostly edges), half of which have none, are ruled out without the full scan.
    static func mayOccur(in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        // Spelled out: a literal compared with a vector goes through generic code.
        let (x80, x88, x89, x9A, x9C, x9E) = (
            SIMD16<UInt8>(repeating: 0x80), SIMD16<UInt8>(repeating: 0x88), SIMD16<UInt8>(repeating: 0x89),
            SIMD16<UInt8>(repeating: 0x9A), SIMD16<UInt8>(repeating: 0x9C), SIMD16<UInt8>(repeating: 0x9E)
        )
        let (xA1, xA9, xB5, xBB, xBC, xBD) = (
            SIMD16<UInt8>(repeating: 0xA1), SIMD16<UInt8>(repeating: 0xA9), SIMD16<UInt8>(repeating: 0xB5),
            SIMD16<UInt8>(repeating: 0xBB), SIMD16<UInt8>(repeating: 0xBC), SIMD16<UInt8>(repeating: 0xBD)
        )
        let (x09, x20, x7F) = (
            SIMD16<UInt8>(repeating: 0x09), SIMD16<UInt8>(repeating: 0x20), SIMD16<UInt8>(repeating: 0x7F)
        )
        let (xC2, xE3, xE7, xE9, xEF) = (
            SIMD16<UInt8>(repeating: 0xC2), SIMD16<UInt8>(repeating: 0xE3), SIMD16<UInt8>(repeating: 0xE7),
            SIMD16<UInt8>(repeating: 0xE9), SIMD16<UInt8>(repeating: 0xEF)
        )
        func step(_ i: Int) -> Bool {
            let first = ByteLanes.load(raw, i)
            let second = ByteLanes.load(raw, i + 1)
            let third = ByteLanes.load(raw, i + 2)
            var found = ((first .>= x20) .& (first .< x7F)) .| (first .== x09)
            found .|= (first .== xC2) .& ((second .== xA9) .| (second .== xBB))
            found .|= (first .== xE3) .& (second .== x80) .& (third .== x80)
            found .|= (first .== xE7) .& (second .== x89) .& (third .== x88)
            found .|= (first .== xE9) .& (second .== xA1) .& (third .== xB5)
            found .|= (first .== xEF) .& (second .== xBC) .& ((third .== x9A) .| (third .== x9E))
            found .|= (first .== xEF) .& (second .== xBD) .& (third .== x9C)
            return ByteLanes.any(found)
        }
        var i = 0
        if line.count >= 18 {
            while i + 18 <= line.count {
                if step(i) { return true }
                i += 16
            }
            // The positions left, but for the last two, in one step overlapping the one before (a position
            // looked at twice gives the same answer); the last two can only hold ASCII or a two-byte signal.
            if i < line.count - 2, step(line.count - 18) { return true }
            i = line.count - 2
        }
        while i < line.count {
            let b = line[i]
            if (0x20..<0x7F).contains(b) || b == 0x09 { return true }
            let next = i + 1 < line.count ? line[i + 1] : 0
            if b == 0xC2, next == 0xA9 || next == 0xBB { return true }
            if b >= 0xE0, i + 2 < line.count,
                signal(ofThreeBytes: UInt32(b) | UInt32(next) << 8 | UInt32(line[i + 2]) << 16) != 0
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// The signal of a three-byte character (its bytes from the lowest bits up): 页 ： ＞ 版, the ideographic space
    /// and ｜ have one.
    @inline(__always)
    private static func signal(ofThreeBytes character: UInt32) -> UInt16 {
        switch character {
        case 0xB5_A1E9: return page.rawValue
        case 0x9A_BCEF: return colon.rawValue
        case 0x9E_BCEF: return angle.rawValue
        case 0x88_89E7: return copyright.rawValue
        case 0x80_80E3, 0x9C_BDEF: return separator.rawValue
        default: return 0
        }
    }

    /// For each byte from 0x80: the length of the character it leads (a continuation byte, which never leads one in
    /// valid UTF-8, counts 2), with `maySignal` set for the lead bytes a signal starts with.
    private static let leadBytes: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        let length: UInt8 = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        return [0xC2, 0xE3, 0xE7, 0xE9, 0xEF].contains(b) ? length | maySignal : length
    }

    private static let maySignal: UInt8 = 0x80

    /// The signals of each ASCII byte.
    private static let asciiSignals: [UInt16] = (0..<128).map { (b: Int) -> UInt16 in
        switch b {
        case 0x20, 0x09, 0x7C: return separator.rawValue
        case 0x2F: return separator.rawValue | asciiPunctuation.rawValue
        case 0x3A: return colon.rawValue
        case 0x2E: return dot.rawValue
        case 0x3E: return angle.rawValue
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return alphanumeric.rawValue
        case 0x7B, 0x7D, 0x3C, 0x3B: return markup.rawValue | asciiPunctuation.rawValue
        case 0x21...0x7E: return asciiPunctuation.rawValue
        default: return 0
        }
    }
}
