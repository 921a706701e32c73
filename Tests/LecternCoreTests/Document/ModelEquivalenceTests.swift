import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// The document model's every field, on documents that exercise every part of recognition, must stay what was
/// recorded in Tests/Fixtures/model: the model's insides may change, what it says may not. After an intended
/// change to recognition, record again with LECTERN_RECORD_FINGERPRINTS=1 and review the fixtures' diff.
struct ModelEquivalenceTests {
    static let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/model")

    private func expectRecorded(_ document: Document, _ name: String) throws {
        let fingerprint = ModelFingerprint.of(document)
        let url = Self.fixtures.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["LECTERN_RECORD_FINGERPRINTS"] == "1" {
            try fingerprint.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try String(contentsOf: url, encoding: .utf8)
        let got = fingerprint.split(separator: "\n", omittingEmptySubsequences: false)
        let want = recorded.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        #expect(
            got == want,
            "\(name): first difference at record \(first + 1): got «\(first < got.count ? got[first] : "end")», recorded «\(first < want.count ? want[first] : "end")»"
        )
    }

    private static func generated() -> String {
        var generator = GeneratedSpeeches(seed: 20_261_129)
        return generator.document(speeches: 40)
    }

    @Test func theSampleIsModelledAsRecorded() throws {
        try expectRecorded(try Fixtures.sample(), "sample")
    }

    @Test func generatedSpeechesAreModelledAsRecorded() throws {
        try expectRecorded(Fixtures.document(Self.generated(), path: "generated.txt"), "generated")
    }

    /// Parsed in parts on several workers, the same model (a big document is split across the cores).
    @Test func generatedSpeechesInPartsAreModelledAsRecorded() throws {
        let text = try TextDecoder.decode(Array(Self.generated().utf8))
        for workers in [2, 3, 7] {
            try expectRecorded(DocumentParser.parse(text, path: "generated.txt", workers: workers), "generated")
        }
    }

    /// CRLF line ends and GB18030 change no position: code points are counted in the decoded text.
    @Test func encodingsAndLineEndsChangeNothing() throws {
        let text = Self.generated()
        let crlf = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let crlfDocument = DocumentParser.parse(try TextDecoder.decode(crlf), path: "generated.txt")
        let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))  // GB18030
        let gbDocument = DocumentParser.parse(try TextDecoder.decode([UInt8](gb)), path: "generated.txt")
        let utf8 = ModelFingerprint.of(Fixtures.document(text, path: "generated.txt"))
        let body = { (s: String) in s.split(separator: "\n").dropFirst() }
        #expect(body(ModelFingerprint.of(crlfDocument)) == body(utf8))
        #expect(body(ModelFingerprint.of(gbDocument)) == body(utf8))
    }

    /// A paged text (PDF): page furniture out, lines reflowed at the printed width.
    @Test func aPagedTextIsModelledAsRecorded() throws {
        var generator = GeneratedSpeeches(seed: 7)
        let pages = generator.document(speeches: 3).split(separator: "\n", omittingEmptySubsequences: false)
            .chunked(40).enumerated().map { i, lines in
                (["市政府工作报告"] + lines + ["— \(i + 1) —"]).joined(separator: "\n")
            }
        let paged = PagedText.assemble(pages.joined(separator: "\u{0C}"), encoding: .utf8, extractor: nil)
        try expectRecorded(Fixtures.document(paged), "paged")
    }
}

extension Array {
    fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
