import Testing

@testable import LecternCore

/// The anchor text finds code points through a sparse index over the UTF-8: everything it answers must be what the
/// text's own code points (Swift's unicodeScalars) give, at every offset, whatever the widths of the characters.
@Suite struct AnchorTextTests {
    /// One- to four-byte characters, in runs that put index points inside and between them.
    static let mixed =
        "第一，纪律a规矩€𝕏；" + String(repeating: "整改", count: 40) + "x" + String(repeating: "😀考核", count: 30)
        + "\n二、abc" + String(repeating: "é", count: 70)

    static let lengths = [0, 1, 63, 64, 65, 127, 128, 129, 300]

    func text(_ length: Int) -> (AnchorText, [UInt32]) {
        let string = String(String.UnicodeScalarView(Self.mixed.unicodeScalars.cycled(length)))
        return (AnchorText(string), string.unicodeScalars.map(\.value))
    }

    @Test(arguments: lengths)
    func everyRangeReadsAsTheCodePoints(length: Int) {
        let (text, scalars) = text(length)
        #expect(text.count == scalars.count)
        #expect(text.decodedScalars() == scalars)
        for start in 0...scalars.count {
            for end in Set([start, start + 1, start + 5, start + 64, scalars.count]) where end <= scalars.count {
                #expect(text.scalars(start..<end) == Array(scalars[start..<end]))
                #expect(
                    text.string(start..<end)
                        == String(String.UnicodeScalarView(scalars[start..<end].map { Unicode.Scalar($0)! })))
            }
        }
        // Ranges past either end are clamped to the text.
        #expect(text.scalars(-3..<2) == Array(scalars.prefix(2)))
        #expect(text.string(scalars.count - 1..<scalars.count + 9) == text.string(scalars.count - 1..<scalars.count))
    }

    @Test(arguments: lengths)
    func matchesAgreesWithTheCodePoints(length: Int) {
        let (text, scalars) = text(length)
        for start in 0..<scalars.count {
            let needle = Array(scalars[start..<min(scalars.count, start + 3)])
            #expect(text.matches(needle, at: start))
            #expect(!text.matches(needle + [0x10FFFF], at: start))
        }
        #expect(!text.matches([0x41], at: -1))
        #expect(!text.matches([0x41], at: scalars.count))
    }

    /// Occurrences are found in the bytes and counted in code points, one after another's end.
    @Test func occurrencesAreCodePointOffsetsWithoutOverlap() {
        let (text, scalars) = text(300)
        for needle in ["整改", "😀考", "é", "éé", "x😀", "第一，纪律"] {
            let values = needle.unicodeScalars.map(\.value)
            var expected: [Int] = []
            var start = 0
            while start + values.count <= scalars.count {
                if Array(scalars[start..<(start + values.count)]) == values {
                    expected.append(start)
                    start += values.count
                } else {
                    start += 1
                }
            }
            #expect(text.occurrences(of: needle) == expected, "\(needle)")
            #expect(text.occurrences(of: needle, limit: 2) == Array(expected.prefix(2)))
        }
        #expect(text.occurrences(of: "不在文中").isEmpty)
        #expect(text.occurrences(of: "").isEmpty)
    }

    /// A long text is searched a window at a time: a quote standing across a window's edge is still found, once.
    @Test(arguments: [-2, -1, 0, 1, 2, 1_398_101])
    func aQuoteAcrossTheSearchWindowsEdgeIsFound(shift: Int) {
        // The first window covers the first 4 MB: put the quote's start around its end.
        let before = PageReleaser.frontToBackStep / 3 + shift
        let text = AnchorText(String(repeating: "甲", count: before) + "考核" + String(repeating: "甲", count: 40))
        #expect(text.occurrences(of: "考核") == [before])
        #expect(text.occurrences(of: "甲考") == [before - 1])
        #expect(text.occurrences(of: "核甲甲").count == 1)
    }
}

extension String.UnicodeScalarView {
    /// This view repeated until it holds `length` scalars.
    fileprivate func cycled(_ length: Int) -> [Unicode.Scalar] {
        let all = Array(self)
        return (0..<length).map { all[$0 % all.count] }
    }
}
