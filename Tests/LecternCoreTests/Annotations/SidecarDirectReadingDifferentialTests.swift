import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// The direct reading of annotations (CanonicalAnnotationReader.swift) against the JSON tree, on sidecars in
/// Lectern's layout changed at random a byte or a token at a time: each must decode to the same file, or fail with
/// the same message, as with every annotation decoded from its tree (`readsDirectly: false`).
@Suite struct SidecarDirectReadingDifferentialTests {
    /// Annotations with every kind of value the direct reader meets: escapes, non-ASCII, empty strings, repeated
    /// tags, null and set optionals, modified equal to created or not, large positions, each anchor status.
    static func file(_ random: inout SeededRandom) -> AnnotationFile {
        let texts = ["考评", "", "a\"b", "行一\n行二", "\\", "🙂 emoji", "tab\there", "\u{7}", "x/y", "二〇二六"]
        func text() -> String {
            (0..<Int.random(in: 0...3, using: &random)).map { _ in texts.randomElement(using: &random)! }.joined()
        }
        let annotations = (0..<12).map { n -> Annotation in
            let start = [0, 7, 1_944_357, 999_999_999_999][Int.random(in: 0...3, using: &random)]
            let target = AnnotationTarget(
                kind: AnnotationTarget.Kind.allCases.randomElement(using: &random)!,
                requirement: Bool.random(using: &random) ? nil : "2.\(n)",
                position: TextPosition(start: start, end: start + Int.random(in: 0...200, using: &random)),
                quote: TextQuote(exact: text(), prefix: text(), suffix: text()))
            let created = Bool.random(using: &random) ? "2026-11-29T01:20:28.123Z" : "创建\\\(n)"
            var annotation = Annotation(
                id: "id-\(n)", target: target, tags: (0..<Int.random(in: 0...3, using: &random)).map { _ in text() },
                note: Bool.random(using: &random) ? nil : text(),
                status: [nil, .todo, .doing, .done].randomElement(using: &random)!,
                color: Bool.random(using: &random) ? "#ffcc00" : nil, created: created,
                modified: Bool.random(using: &random) ? nil : "2026-11-29T02:00:00.000Z")
            let status = Anchor.Status.allCases.randomElement(using: &random)!
            let anchored = status != .ambiguous && status != .orphaned
            annotation.anchor = Anchor(
                status: status, start: anchored ? start : nil, end: anchored ? target.position.end : nil,
                candidates: status == .ambiguous ? 2 : 0, similarity: status == .fuzzy ? 0.5 : nil)
            return annotation
        }
        return AnnotationFile(source: nil, annotations: annotations)
    }

    /// Bytes and tokens that steer a reader into its edge cases.
    static let replacements: [[UInt8]] =
        [
            "\"", "\\", "0", "9", "-", ".", "e", "E", "+", "n", "null", " ", "\n", "\t", "{", "}", "[", "]", ",", ":",
            "\\u0061", "\\\"", "01", "-0", "1e2", "1.0", "12345678901234567890", "\"x\"", "[]", "{}", "true", "range",
            "exact", "todo",
        ].map { Array($0.utf8) } + [[0x80], [0xE4], [0xE4, 0xBD], [0xED, 0xA0, 0x80], [0xFF], [0x01], [0x00]]

    /// `bytes` with one change at a random place: a byte or token replaced, a byte removed, or a token inserted.
    static func mutated(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var out = bytes
        let at = Int.random(in: 0..<out.count, using: &random)
        let token = replacements.randomElement(using: &random)!
        switch Int.random(in: 0..<3, using: &random) {
        case 0: out.replaceSubrange(at..<min(out.count, at + Int.random(in: 1...4, using: &random)), with: token)
        case 1: out.remove(at: at)
        default: out.insert(contentsOf: token, at: at)
        }
        return out
    }

    static func decoded(_ bytes: [UInt8], readsDirectly: Bool) -> Result<AnnotationFile, AnnotationError> {
        Result { () throws(AnnotationError) in
            try AnnotationCodec.decode(bytes, path: "t", readsDirectly: readsDirectly)
        }
    }

    static func expectSame(_ bytes: [UInt8], _ context: @autoclosure () -> String) {
        switch (decoded(bytes, readsDirectly: true), decoded(bytes, readsDirectly: false)) {
        case (.success(let direct), .success(let tree)): #expect(direct == tree, "\(context())")
        case (.failure(let direct), .failure(let tree)): #expect("\(direct)" == "\(tree)", "\(context())")
        case (let direct, let tree): Issue.record("\(context()): direct \(direct), through the tree \(tree)")
        }
    }

    @Test func lecternsOwnLayoutDecodesAsTheTreeDoes() {
        var random = SeededRandom(defaultSeed: 11)
        for round in 0..<20 {
            let file = Self.file(&random)
            let bytes = AnnotationCodec.encode(file)
            Self.expectSame(bytes, "round \(round), \(random.replay)")
            #expect((try? AnnotationCodec.decode(bytes, path: "t").annotations) == file.annotations, "\(random.replay)")
        }
    }

    @Test func changedBytesDecodeAsTheTreeDoes() {
        var random = SeededRandom(defaultSeed: 12)
        for round in 0..<60 {
            let original = AnnotationCodec.encode(Self.file(&random))
            for change in 0..<40 {
                var bytes = original
                for _ in 0...Int.random(in: 0...2, using: &random) { bytes = Self.mutated(bytes, &random) }
                Self.expectSame(bytes, "round \(round), change \(change), \(random.replay)")
            }
        }
    }

    /// White space between tokens changed to runs of 0–20 spaces, tabs and line ends (indentation is skipped
    /// eight bytes at a time): the same file.
    @Test func otherWhiteSpaceReadsTheSame() throws {
        var random = SeededRandom(defaultSeed: 15)
        let file = Self.file(&random)
        let text = String(decoding: AnnotationCodec.encode(file), as: UTF8.self)
        // Outside strings only: the encoder escapes line ends and tabs inside them, and these texts hold no ": ".
        let lines = text.split(separator: "\n").map { $0.drop { $0 == " " } }
        for round in 0..<20 {
            func space() -> String {
                String(
                    (0..<Int.random(in: 0...20, using: &random)).map { _ in " \t\r\n".randomElement(using: &random)! })
            }
            let changed = lines.map { space() + $0.replacingOccurrences(of: "\": ", with: "\":" + space()) }
                .joined(separator: space() + "\n")
            let decoded = try AnnotationCodec.decode(Array(changed.utf8), path: "t")
            #expect(
                decoded == (try AnnotationCodec.decode(Array(text.utf8), path: "t")), "round \(round), \(random.replay)"
            )
            Self.expectSame(Array(changed.utf8), "round \(round), \(random.replay)")
        }
    }

    /// The fuzzer's sidecar seeds (Fuzz/corpus/sidecar), each as it is and changed at random.
    @Test func theFuzzCorpusDecodesAsTheTreeDoes() throws {
        let directory = Fixtures.packageRoot.appendingPathComponent("Fuzz/corpus/sidecar")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(!names.isEmpty)
        var random = SeededRandom(defaultSeed: 14)
        for name in names {
            let original = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
            Self.expectSame(original, name)
            for change in 0..<100 {
                Self.expectSame(Self.mutated(original, &random), "\(name), change \(change), \(random.replay)")
            }
        }
    }

    /// Each value of a small sidecar replaced by, and then preceded by, each token of `replacements`.
    @Test func everyValueChangedToEveryTokenDecodesAsTheTreeDoes() {
        var random = SeededRandom(defaultSeed: 13)
        var file = Self.file(&random)
        file.annotations = Array(file.annotations.filter { $0.anchor.status != .fuzzy }.prefix(3))
        let bytes = AnnotationCodec.encode(file)
        let valueStarts = bytes.indices.filter { $0 >= 2 && bytes[$0 - 2] == UInt8(ascii: ":") }
        for start in valueStarts {
            var end = start + 1
            while end < bytes.count, ![UInt8(ascii: ","), 0x0A].contains(bytes[end]) { end += 1 }
            for token in Self.replacements {
                var replaced = bytes
                replaced.replaceSubrange(start..<end, with: token)
                Self.expectSame(replaced, "\(String(decoding: token, as: UTF8.self)) at \(start)")
                var preceded = bytes
                preceded.insert(contentsOf: token, at: start)
                Self.expectSame(preceded, "\(String(decoding: token, as: UTF8.self)) before \(start)")
            }
        }
    }

    /// A `modified` that spells `created`'s string differently, or repeats its bytes with more after them.
    @Test func aModifiedTimeLikeTheCreatedOneDecodesAsTheTreeDoes() {
        var random = SeededRandom(defaultSeed: 16)
        var file = Self.file(&random)
        for n in file.annotations.indices {
            file.annotations[n].created = "ab"
            file.annotations[n].modified = "ab"
        }
        let text = String(decoding: AnnotationCodec.encode(file), as: UTF8.self)
        for modified in [#""a\u0062""#, #""ab"x"#, #""ab" "#, #""ab"#, #""abc""#, #""a""#, "null"] {
            let changed = text.replacingOccurrences(of: #""modified": "ab""#, with: #""modified": \#(modified)"#)
            Self.expectSame(Array(changed.utf8), modified)
        }
    }
}
