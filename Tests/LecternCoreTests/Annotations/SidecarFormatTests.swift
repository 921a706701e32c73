import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The sidecar's JSON: parsing with error positions, stable output, unknown fields, versions, the hash.
@Suite struct SidecarFormatTests {
    func sampleFile() -> AnnotationFile {
        let target = AnnotationTarget(
            kind: .range, requirement: "2.4.3", position: TextPosition(start: 10, end: 14),
            quote: TextQuote(exact: "知人善任", prefix: "三是", suffix: "能力\n"))
        var annotation = Annotation(
            id: "6f1c2a4e-0000-4000-8000-000000000001", target: target, tags: ["纪律", "整改", "纪律"],
            note: "第一行\n第二行 \"引号\"", status: .doing, color: "#ffcc00",
            created: "2026-01-02T03:04:05.678Z")
        annotation.anchor = Anchor(status: .fuzzy, start: 10, end: 14, similarity: 0.875)
        let source = SourceFingerprint(
            name: "speeches.txt", bytes: 100, codePoints: 60, sha256: String(repeating: "a", count: 64),
            encoding: "UTF-8", lineEnding: "LF")
        return AnnotationFile(source: source, annotations: [annotation])
    }

    @Test func roundTripKeepsEveryField() throws {
        let file = sampleFile()
        let bytes = AnnotationCodec.encode(file)
        let decoded = try AnnotationCodec.decode(bytes, path: "x.annotations.json")
        #expect(decoded == file)
        #expect(decoded.annotations[0].tags == ["纪律", "整改"])
        #expect(AnnotationCodec.encode(decoded) == bytes)
    }

    @Test func outputIsPrettyOrderedAndUnescaped() throws {
        let text = String(decoding: AnnotationCodec.encode(sampleFile()), as: UTF8.self)
        #expect(
            text.hasPrefix(
                "{\n  \"format\": \"lectern-annotations\",\n  \"version\": 1,\n  \"positionUnit\": \"unicode-code-point\",\n"
            ))
        #expect(text.contains("\"tags\": [\n        \"纪律\",\n        \"整改\"\n      ]"))
        #expect(text.contains("\"note\": \"第一行\\n第二行 \\\"引号\\\"\""))
        #expect(!text.contains("\\u"))
        let keys = [
            "\"id\"", "\"target\"", "\"anchor\"", "\"tags\"", "\"note\"", "\"status\": \"doing\"", "\"color\"",
            "\"created\"", "\"modified\"",
        ]
        let offsets = keys.map { text.range(of: $0)!.lowerBound }
        #expect(offsets == offsets.sorted())
        #expect(text.contains("\"similarity\": 0.875"))
    }

    @Test func unknownFieldsSurviveARewrite() throws {
        let json = """
            {"format": "lectern-annotations", "version": 1, "positionUnit": "unicode-code-point", "source": null,
             "futureTop": {"a": [1, 2.50, -3e2]},
             "annotations": [{"id": "a1", "created": "2026-01-01T00:00:00Z", "reviewer": "王五",
               "target": {"kind": "range", "position": {"start": 0, "end": 2}, "quote": {"exact": "同志"}, "selectorExtra": true},
               "tags": ["整改"]}]}
            """
        let file = try AnnotationCodec.decode(Array(json.utf8), path: "x")
        let rewritten = String(decoding: AnnotationCodec.encode(file), as: UTF8.self)
        #expect(rewritten.contains("\"futureTop\": {\n    \"a\": [\n      1,\n      2.50,\n      -3e2\n    ]\n  }"))
        #expect(rewritten.contains("\"reviewer\": \"王五\""))
        #expect(rewritten.contains("\"selectorExtra\": true"))
        #expect(try AnnotationCodec.decode(Array(rewritten.utf8), path: "x") == file)
    }

    @Test func newerVersionIsRefusedNamingTheFile() throws {
        let json = #"{"format": "lectern-annotations", "version": 2, "annotations": []}"#
        let error = try #require(throws: AnnotationError.self) {
            try AnnotationCodec.decode(Array(json.utf8), path: "a/s.txt.annotations.json")
        }
        #expect(error.kind == .newerVersion(found: 2, supported: 1))
        #expect(error.description.hasPrefix("a/s.txt.annotations.json: annotation file version 2 is newer"))
    }

    @Test func corruptJSONReportsLineAndColumn() throws {
        let json = "{\n  \"version\": 1,\n  \"annotations\": [\n    {\"id\": \"中文\" \"x\": 1}\n  ]\n}\n"
        let error = try #require(throws: AnnotationError.self) {
            try AnnotationCodec.decode(Array(json.utf8), path: "s.json")
        }
        guard case .corrupt(let position) = error.kind else {
            Issue.record("not corrupt: \(error)")
            return
        }
        #expect(position.line == 4)
        #expect(position.column == 17)
        #expect(error.description.contains("s.json: not valid JSON at line 4, column 17"))
        let truncated = Array(AnnotationCodec.encode(sampleFile()).dropLast(40))
        #expect(throws: AnnotationError.self) { try AnnotationCodec.decode(truncated, path: "s.json") }
    }

    @Test func schemaErrorsNameTheAnnotation() throws {
        let json =
            #"{"version": 1, "annotations": [{"id": "x", "created": "t", "target": {"kind": "word", "position": {"start": 0, "end": 1}, "quote": {"exact": "a"}}}]}"#
        let error = try #require(throws: AnnotationError.self) {
            try AnnotationCodec.decode(Array(json.utf8), path: "s.json")
        }
        #expect(error.description.contains("annotation 1: target.kind must be one of"))
    }

    @Test func parserHandlesEscapesAndRejectsDuplicates() throws {
        let value = try SidecarJSONParser.parse(
            Array(#"{"s": "\ud842\udfb7\u00e9\/\t", "n": -0.5e+3, "b": [true, false, null]}"#.utf8))
        #expect(value["s"]?.stringValue == "𠮷é/\t")
        #expect(value["n"] == .number("-0.5e+3"))
        #expect(throws: SidecarJSONError.self) { try SidecarJSONParser.parse(Array(#"{"a": 1, "a": 2}"#.utf8)) }
        #expect(throws: SidecarJSONError.self) { try SidecarJSONParser.parse(Array("[1,]".utf8)) }
        #expect(throws: SidecarJSONError.self) { try SidecarJSONParser.parse(Array("\"\u{1}\"".utf8)) }
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func sidecarIsNamedAfterTheWholeSourceName() {
        #expect(AnnotationFile.sidecarPath(forSource: "dir/speeches.txt") == "dir/speeches.txt.annotations.json")
        #expect(AnnotationFile.sidecarPath(forSource: "a.md") != AnnotationFile.sidecarPath(forSource: "a.txt"))
    }
}

@Suite struct AnnotationTimestampTests {
    @Test func timesAreISO8601UTCWithMilliseconds() throws {
        let source = try TempSource(Speech.text(Speech.paragraphs))
        var layer = try source.layer()
        let date = Date(timeIntervalSince1970: 1_764_379_228.123_9)  // 2025-11-29T01:20:28.123Z
        let annotation = layer.add(try layer.targeting.line(5), now: date)
        #expect(annotation.created == "2025-11-29T01:20:28.123Z")
        #expect(annotation.modified == annotation.created)
        layer.update(annotation.id, now: Date(timeIntervalSince1970: 0)) { $0.tags = ["新"] }
        #expect(layer.annotations[0].modified == "1970-01-01T00:00:00.000Z")
        layer.update(annotation.id, now: Date(timeIntervalSince1970: 5)) { $0.tags = ["新"] }
        #expect(layer.annotations[0].modified == "1970-01-01T00:00:00.000Z")  // no change, no new time
    }
}
