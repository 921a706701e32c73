import Testing

@testable import LecternCore

/// The outline's bytes are built without Strings: numbers, fixed words and indentation.
@Suite struct UTF8BuilderTests {
    @Test func numbersAreTheirDecimalDigits() {
        for number in [0, 7, 10, 99, 100, 4_096, 1_234_567_890, Int.max, -1, -305, Int.min] {
            var builder = UTF8Builder()
            builder.append(literal: "[")
            builder.append(number)
            builder.append(literal: "]")
            #expect(String(decoding: builder.bytes, as: UTF8.self) == "[\(number)]")
        }
    }

    @Test func literalsAndSpacesAreCopied() {
        var builder = UTF8Builder()
        builder.append(spaces: 4)
        builder.append(literal: "第 line ")
        builder.append(spaces: 0)
        builder.append("、")
        #expect(String(decoding: builder.bytes, as: UTF8.self) == "    第 line 、")
    }
}
