import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// Annotations laid out as Lectern writes them are read without a JSON tree (CanonicalAnnotationReader.swift):
/// every sidecar, in that layout or not, must decode exactly as the whole JSON tree decodes it, or be refused with
/// the same message.
@Suite struct SidecarCanonicalReadingTests {
    /// Each annotation of `bytes` decoded from the JSON tree, as AnnotationCodec decoded all of them before.
    static func throughTheTree(_ bytes: [UInt8]) throws(AnnotationError) -> [Annotation] {
        let json: JSONValue
        do { json = try SidecarJSONParser.parse(bytes) } catch {
            throw AnnotationError(path: "t", kind: .corrupt(error))
        }
        var annotations: [Annotation] = []
        for (n, item) in (json["annotations"]?.arrayValue ?? []).enumerated() {
            annotations.append(
                try AnnotationCodec.decodeAnnotation(item) {
                    AnnotationError(path: "t", kind: .invalid("annotation \(n + 1): \($0)"))
                })
        }
        return annotations
    }

    /// Every kind of field value Lectern writes: each anchor status, null and set optionals, escapes, tags.
    static let file: AnnotationFile = {
        let statuses: [Anchor.Status] = [.exact, .moved, .fuzzy, .ambiguous, .orphaned]
        let annotations = (0..<10).map { n -> Annotation in
            let target = AnnotationTarget(
                kind: AnnotationTarget.Kind.allCases[n % AnnotationTarget.Kind.allCases.count],
                requirement: n % 3 == 0 ? nil : "2.\(n)", position: TextPosition(start: n * 10, end: n * 10 + 5),
                quote: TextQuote(exact: "考评\(n)", prefix: n % 4 == 0 ? "" : "前文\"引\"\n", suffix: "后文\t🙂"))
            var annotation = Annotation(
                id: "id-\(n)", target: target, tags: n % 2 == 0 ? [] : ["考核", "tag \(n)"],
                note: n % 3 == 1 ? "第一行\n第二行 \\ \u{7}" : nil, status: [nil, .todo, .doing, .done][n % 4],
                color: n % 5 == 2 ? "#ffcc00" : nil, created: "2026-11-29T01:20:28.123Z",
                modified: n % 2 == 0 ? nil : "2026-11-29T02:00:00.000Z")
            let status = statuses[n % statuses.count]
            let anchored = status != .ambiguous && status != .orphaned
            annotation.anchor = Anchor(
                status: status, start: anchored ? n * 10 : nil, end: anchored ? n * 10 + 5 : nil,
                candidates: status == .ambiguous ? 2 : 0, similarity: status == .fuzzy ? 0.917 : nil)
            return annotation
        }
        return AnnotationFile(source: nil, annotations: annotations)
    }()

    @Test func lecternsOwnLayoutDecodesAsTheTreeDoes() throws {
        let bytes = AnnotationCodec.encode(Self.file)
        let decoded = try AnnotationCodec.decode(bytes, path: "t")
        #expect(decoded.annotations == Self.file.annotations)
        #expect(decoded.annotations == (try Self.throughTheTree(bytes)))
    }

    @Test func lecternsOwnLayoutIsReadWithoutTheTree() throws {
        let items = try #require(
            try SidecarJSONParser.parseSidecar(AnnotationCodec.encode(Self.file), maxDepth: 64).annotations)
        let direct = items.directCount
        #expect(direct == 6)  // all but the fuzzy and the ambiguous ones, whose anchors hold more than a status
    }

    /// Fields changed as a hand or another tool might change them.
    static let variants: [(String, String)] = [
        (#""kind": "range""#, #""kind": "passage""#),
        (#""start": "#, #""start": -"#),
        (#""end": "#, #""end": 1.5, "x": "#),
        (#""requirement": null"#, #""requirement": 5"#),
        (#""note": null"#, #""note": 7"#),
        (#""status": "todo""#, #""status": "later""#),
        (#""status": "moved""#, #""status": "teleported""#),
        (#""status": "exact""#, #""status": "exact", "by": "another tool""#),
        (#""tags": ["#, #""x-tool": {"nested": [1, 2.50]}, "tags": ["#),
        (#""tags": []"#, #""tags": null"#),
        (#""color": null,"#, ""),
        (#""id": "id-3""#, #""id": """#),
        (#""id": "id-4""#, #""id": "id-5""#),
        (#""modified": "2026-11-29T02:00:00.000Z""#, #""modified": null"#),
        (#""created": "#, #""created": 1, "c": "#),
        (#""quote": {"#, #""quote": {"exact": "x", "#),
        (#""suffix": "#, #""suffix": 3, "s": "#),
    ]

    @Test(arguments: variants)
    func variantsDecodeAsTheTreeDoes(variant: (String, String)) throws {
        let text = String(decoding: AnnotationCodec.encode(Self.file), as: UTF8.self)
        #expect(text.contains(variant.0))
        let bytes = Array(text.replacingOccurrences(of: variant.0, with: variant.1).utf8)
        var expected: Result<[Annotation], AnnotationError> = Result { () throws(AnnotationError) in
            try Self.throughTheTree(bytes)
        }
        if case .success(let list) = expected, Set(list.map(\.id)).count < list.count {
            expected = .failure(AnnotationError(path: "t", kind: .invalid("annotation 6: duplicate id id-5")))
        }
        let actual = Result { () throws(AnnotationError) in try AnnotationCodec.decode(bytes, path: "t").annotations }
        switch (actual, expected) {
        case (.success(let a), .success(let e)): #expect(a == e)
        case (.failure(let a), .failure(let e)): #expect("\(a)" == "\(e)")
        default: Issue.record("\(variant.1): decoded \(actual), the tree gives \(expected)")
        }
    }
}
