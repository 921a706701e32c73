import LecternTerminal
import LecternTestSupport
import Testing

@Suite struct SearchMatcherTests {
    /// What the matcher must find, written the slow and obvious way: fold every character, compare, skip past a
    /// match.
    static func reference(_ query: String, in text: String) -> [Range<Int>] {
        let pattern = query.unicodeScalars.map { SearchMatcher.fold($0.value) }
        let scalars = Array(text.unicodeScalars)
        var offsets = [0]
        for scalar in scalars { offsets.append(offsets.last! + String(scalar).utf8.count) }
        var out: [Range<Int>] = []
        var i = 0
        while !pattern.isEmpty, i + pattern.count <= scalars.count {
            if (0..<pattern.count).allSatisfy({ SearchMatcher.fold(scalars[i + $0].value) == pattern[$0] }) {
                out.append(offsets[i]..<offsets[i + pattern.count])
                i += pattern.count
            } else {
                i += 1
            }
        }
        return out
    }

    @Test func findsWhatTheReferenceFindsInTheSample() throws {
        let text = try String(decoding: Fixtures.sampleBytes(), as: UTF8.self)
        let queries = [
            "考评", "考", "能力", "一是", "，", ",", "。", "（一）", "(一)", "述职评议", "gdp", "ＧＤＰ", "2.5", "同志们：",
            "县长", "、", "「", "　", "讲话", "干部干部", "𠮷", "不存在的词",
        ]
        for query in queries {
            #expect(SearchMatcher(query).matches(in: text) == Self.reference(query, in: text), "\(query)")
        }
    }

    @Test func foldsWidthAndCaseBothWays() {
        #expect(SearchMatcher("ＡＢＣ").matches(in: "xx abc ABC Ａｂｃ") == [3..<6, 7..<10, 11..<20])
        #expect(SearchMatcher("，").matches(in: "a,b，c") == [1..<2, 3..<6])
        #expect(SearchMatcher("考评考评").matches(in: "考评考评考评") == [0..<12])
        #expect(SearchMatcher("考评").matches(in: "考考评") == [3..<9])
        #expect(SearchMatcher("評").matches(in: "考评") == [])
        // Lower case far from its capital: Cherokee ꭰ (U+AB70) is the lower case of Ꭰ (U+13A0).
        #expect(SearchMatcher("ꭰ").matches(in: "Ꭰ ꭰ") == [0..<3, 4..<7])
    }
}
