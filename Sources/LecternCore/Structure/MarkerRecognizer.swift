/// Recognizes the numbering marker that leads a paragraph: 一、 （一） 1. （1） ① 第一， 第一条 一是 一要 首先.
///
/// Works on folded scalars, so half- and full-width forms match alike. A marker must be followed by heading
/// text: "2.5", "2018年…" and "1.5倍" are body text.
enum MarkerRecognizer {
    /// Whether a paragraph whose first character (folded) is `first` can lead with a marker: `leadingMarker`
    /// answers nil for any other, so a caller that knows the character passes the paragraph over unread.
    static func mayLead(_ first: UInt32) -> Bool {
        AppendixHeading.mayStart(first) || first == Scalar.openParen || Scalar.circledOrdinal(first) != nil
            || first == Scalar.di || ChineseNumeral.isNumeral(first) || Scalar.isASCIIDigit(first)
            || SequenceWord.mayStart(first)
    }

    static func leadingMarker(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> RecognizedMarker? {
        var cursor = ScalarCursor(bytes, from: range.lowerBound, to: range.upperBound)
        // The branches below each need one of the characters `mayLead` lists; callers that know a paragraph's
        // first character ask `mayLead` before reading it.
        guard let first = cursor.peek(), mayLead(first) else { return nil }
        if AppendixHeading.mayStart(first), let appendix = AppendixHeading.marker(in: bytes, range) { return appendix }
        let start = range.lowerBound
        var found: (MarkerFamily, Int)?

        if first == Scalar.openParen {
            cursor.next()
            // A page's markup can leave （ alone on its line; Reflow joins it to the rest, line feed and all.
            while cursor.peek() == 0x0A { cursor.next() }
            if let n = ChineseNumeral.read(&cursor), cursor.consume(Scalar.closeParen) {
                found = (.chineseParenthesized, n)
            } else if let n = readArabic(&cursor), cursor.consume(Scalar.closeParen) {
                found = (.arabicParenthesized, n)
            }
        } else if let n = Scalar.circledOrdinal(first) {
            cursor.next()
            found = (.circled, n)
        } else if first == Scalar.di {
            cursor.next()
            if let n = ChineseNumeral.read(&cursor) {
                if cursor.consume(Scalar.comma) || cursor.consume(Scalar.ideographicComma) {
                    found = (.ordinal, n)
                } else if cursor.consume(Scalar.tiao) {
                    found = (.article, n)
                }
            }
        } else if ChineseNumeral.isNumeral(first) {
            if let n = ChineseNumeral.read(&cursor) {
                if cursor.consume(Scalar.ideographicComma) {
                    found = (.chineseEnumeration, n)
                } else if cursor.consume(Scalar.shi) {
                    found = (.shiItem, n)
                } else if cursor.consume(Scalar.yao) {
                    found = (.yaoItem, n)
                }
            }
        } else if Scalar.isASCIIDigit(first) {
            // After "1." a digit means a decimal ("1.5倍"); after "1、" it is heading text ("1、2018年工作回顾").
            if let n = readArabic(&cursor) {
                if cursor.consume(Scalar.period), let next = cursor.peek(), !Scalar.isASCIIDigit(next) {
                    found = (.arabic, n)
                } else if cursor.consume(Scalar.ideographicComma) {
                    found = (.arabic, n)
                }
            }
        } else if let word = SequenceWord(cursor: &cursor) {
            _ = cursor.consume(Scalar.comma) || cursor.consume(Scalar.ideographicComma)
            found = (.sequenceWord, word.ordinal)
        }

        guard let (family, ordinal) = found else { return nil }
        let markerEnd = cursor.position
        cursor.skipBlanks()
        guard hasHeadingText(cursor) else { return nil }
        return RecognizedMarker(
            family: family, ordinal: ordinal, markerRange: start..<markerEnd,
            textRange: cursor.position..<range.upperBound, isInline: false)
    }

    /// One to three ASCII digits (after folding, full-width digits too). Longer runs are years or figures.
    static func readArabic(_ cursor: inout ScalarCursor) -> Int? {
        var probe = cursor
        var value = 0
        var digits = 0
        while let s = probe.peek(), Scalar.isASCIIDigit(s) {
            value = value &* 10 &+ Int(s - 0x30)  // wraps on a long run of digits, which is refused below
            digits += 1
            probe.next()
        }
        guard digits > 0, digits <= 3, value > 0 else { return nil }
        cursor = probe
        return value
    }

    /// True when something other than punctuation follows within the next few scalars.
    static func hasHeadingText(_ cursor: ScalarCursor) -> Bool {
        var probe = cursor
        var looked = 0
        while let s = probe.next(), looked < 4 {
            if !Scalar.isPunctuationOrSpace(s) { return true }
            looked += 1
        }
        return false
    }
}

/// 首先 其次 再次 最后: an ordered sequence only when 首先 is followed by 其次 (decided by `OutlineBuilder`).
enum SequenceWord: Int {
    case first = 1
    case second = 2
    case third = 3
    case last = 0

    /// 首, 其, 再, 最: the first characters of 首先, 其次, 再次, 最后.
    static func mayStart(_ first: UInt32) -> Bool {
        first == 0x9996 || first == 0x5176 || first == 0x518D || first == 0x6700
    }

    init?(cursor: inout ScalarCursor) {
        var probe = cursor
        guard let a = probe.next(), let b = probe.next() else { return nil }
        switch (a, b) {
        case (0x9996, 0x5148): self = .first  // 首先
        case (0x5176, 0x6B21): self = .second  // 其次
        case (0x518D, 0x6B21): self = .third  // 再次
        case (0x6700, 0x540E): self = .last  // 最后
        default: return nil
        }
        cursor = probe
    }

    var ordinal: Int { rawValue }
}
