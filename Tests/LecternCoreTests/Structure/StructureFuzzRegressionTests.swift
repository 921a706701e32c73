import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Inputs the fuzzer (scripts/fuzz.sh decode) found crashing recognition, kept as they were found.
@Suite struct StructureFuzzRegressionTests {
    /// A line that starts with more digits than an Int holds overflowed while `MarkerRecognizer.readArabic` counted
    /// them (a 19-digit bank account number at the start of a line was enough).
    @Test func aLineStartingWithALongRunOfDigitsIsText() throws {
        let found = try #require(
            Data(
                base64Encoded:
                    "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMiMg5Zyo5YWo5biC5bmy6YOo5aSn5Lya5LiK55qE6K6y6K+dCgrlkIzlv5fku6zvvJoKCiMjIOW8uumihuWvvGNlcwq/l+S7rO8vmgoKIyMg5by66aKG5a+8Y2VzdTguIOiQveWunui0o+S7u+OAggo="
            ))
        // Read as the fuzzer read it: detected, and in each encoding that decodes it.
        let decodings = ([nil] + TextEncoding.allCases).compactMap {
            try? TextDecoder.decode([UInt8](found), forcing: $0)
        }
        #expect(decodings.count >= 2)
        for text in decodings { _ = DocumentParser.parse(text, path: "found.txt") }

        for digits in ["6222021234567890123", "9999999999999999999、其他", String(repeating: "9", count: 40) + ". 一是加强领导"]
        {
            let document = Fixtures.document(paragraphs: ["同志们：", digits, "一、总体要求"])
            #expect(document.nodeSummary == ["1.1 一、总体要求"], "\(digits)")
        }
    }
}
