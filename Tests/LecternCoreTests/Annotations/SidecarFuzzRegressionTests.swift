import Foundation
import LecternCore
import Testing

/// Sidecars the fuzzer (scripts/fuzz.sh sidecar) found crashing Lectern, reduced to what matters.
@Suite struct SidecarFuzzRegressionTests {
    func sidecar(similarity: String) -> [UInt8] {
        Array(
            """
            {"version": 1, "annotations": [{"id": "a1", "created": "2026-01-01T00:00:00Z", "tags": ["整改"],
              "target": {"kind": "range", "position": {"start": 0, "end": 2}, "quote": {"exact": "同志"}},
              "anchor": {"status": "fuzzy", "similarity": \(similarity)}}]}
            """.utf8)
    }

    /// A similarity of 0.911e400 (found as such) read as infinity, and writing the sidecar back trapped converting it
    /// to an integer; a negative one trapped too. A similarity outside 0–1 is left out, as an unknown anchor status
    /// is; the anchor is found again when the sidecar is opened.
    @Test func aSimilarityOutsideZeroToOneIsLeftOutAndTheSidecarStillWrites() throws {
        for literal in ["0.911e400", "-0.911e400", "-0.5", "1.5", "1e-400", "0.917"] {
            let file = try AnnotationCodec.decode(sidecar(similarity: literal), path: "s.json")
            let similarity = file.annotations[0].anchor.similarity
            if let value = Double(literal), (0...1).contains(value) {
                #expect(similarity == value, "\(literal)")
            } else {
                #expect(similarity == nil, "\(literal)")
            }
            let written = AnnotationCodec.encode(file)
            let again = try AnnotationCodec.decode(written, path: "s.json")
            #expect(again.annotations[0].tags == ["整改"])
            #expect(AnnotationCodec.encode(again) == written)
        }
    }
}
