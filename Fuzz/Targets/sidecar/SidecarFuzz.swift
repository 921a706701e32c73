import Foundation
import LecternFuzzSupport

@testable import LecternCore

// A sidecar from a colleague: the strict JSON parser, the annotation codec, and the sidecar opened beside a
// document (re-anchored), saved, and exported in every format.
//
// Properties: nothing traps; parsed JSON renders to JSON that parses to the same value; a decoded annotation file
// encodes to bytes that decode to the same file (anchors aside, see `withoutAnchors`) and encode to the same
// bytes; the direct reading of canonical items agrees with decoding them from the JSON tree; the JSON exports
// parse.

/// A short document for the sidecars to anchor in: the sample's first speech (the speech the seeds annotate).
let document: Document = {
    let lines = String(decoding: Fuzz.sampleBytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
    let text = lines.prefix(120).joined(separator: "\n") + "\n"
    return DocumentParser.parse(try! TextDecoder.decode(Array(text.utf8)), path: "/fuzz/speech.txt")
}()

let sidecarPath = AnnotationFile.sidecarPath(forSource: document.path)

/// Smaller limits than the defaults, so a fuzzed input can reach each of them.
let limits = SidecarLimits(maxFileBytes: 1 << 20, maxNestingDepth: 64, maxAnnotations: 200, maxNoteLength: 2_000)

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    Fuzz.writeSeedsIfAsked(writeSeeds)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSidecar(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    // The JSON layer alone.
    if let value = try? SidecarJSONParser.parse(bytes, maxDepth: limits.maxNestingDepth) {
        let rendered = Array(value.rendered().utf8)
        do {
            let again = try SidecarJSONParser.parse(rendered, maxDepth: limits.maxNestingDepth)
            Fuzz.require(again == value, "rendered JSON parses to another value")
        } catch {
            Fuzz.require(false, "rendered JSON does not parse: \(error)")
        }
    }
    // The codec: decode → encode → decode → encode.
    if let file = try? AnnotationCodec.decode(bytes, path: sidecarPath, limits: limits) {
        let encoded = AnnotationCodec.encode(file)
        do {
            let decoded = try AnnotationCodec.decode(encoded, path: sidecarPath, limits: limits)
            Fuzz.require(
                withoutAnchors(decoded) == withoutAnchors(file), "an encoded annotation file decodes to another file")
            Fuzz.require(AnnotationCodec.encode(decoded) == encoded, "encoding is not stable")
        } catch {
            Fuzz.require(false, "an encoded annotation file does not decode: \(error)")
        }
    }
    // The direct reading of items laid out as Lectern writes them, against decoding every item from its JSON tree:
    // the same file, or the same error.
    let direct = Result { () throws(AnnotationError) in
        try AnnotationCodec.decode(bytes, path: sidecarPath, limits: limits)
    }
    let fromTree = Result { () throws(AnnotationError) in
        try AnnotationCodec.decode(bytes, path: sidecarPath, limits: limits, readsDirectly: false)
    }
    switch (direct, fromTree) {
    case (.success(let a), .success(let b)): Fuzz.require(a == b, "the direct reading decodes another file")
    case (.failure(let a), .failure(let b)):
        Fuzz.require(a.description == b.description, "the direct reading fails otherwise: \(a) / \(b)")
    default: Fuzz.require(false, "the direct reading and the JSON tree disagree on whether the sidecar is valid")
    }
    // The sidecar beside a document: re-anchored, exported, saved.
    let fileSystem = MemoryFileSystem(files: [sidecarPath: bytes])
    guard var layer = try? AnnotationLayer.open(document, fileSystem: fileSystem, limits: limits) else { return 0 }
    let rows = AnnotationReport.rows([layer])
    for format in AnnotationExport.Format.allCases {
        let out = AnnotationExport.render(rows, format: format)
        if format == .json || format == .w3c {
            Fuzz.require(
                (try? SidecarJSONParser.parse(Array(out.utf8), maxDepth: 1000)) != nil,
                "the \(format) export is not JSON")
        }
    }
    if let first = layer.annotations.first {
        layer.update(first.id) { $0.tags.append("整改") }
    }
    _ = try? layer.save()
    return 0
}

/// The file with every anchor reset. An anchor is how the passage was last found, worked out again on open: the
/// codec writes a similarity to three decimals and the candidates only of an ambiguous anchor, so what it reads
/// back may differ there; everything a user made must come back exactly.
func withoutAnchors(_ file: AnnotationFile) -> AnnotationFile {
    var file = file
    for i in file.annotations.indices { file.annotations[i].anchor = Anchor(status: .exact) }
    return file
}

/// Sidecars as Lectern writes them for the document (every target kind, tags, notes, statuses, anchors), one
/// against other text (so it re-anchors), and the hand-written ones of the tests.
func writeSeeds(_ directory: String) throws {
    let fileSystem = MemoryFileSystem()
    var layer = try AnnotationLayer.open(document, fileSystem: fileSystem, limits: limits)
    let targeting = layer.targeting
    if let node = document.nodes.first {
        layer.add(targeting.requirement(node), tags: ["纪律", "整改"], note: "第一行\n第二行 \"引号\"", status: .doing)
    }
    if let node = document.nodes.dropFirst(2).first {
        layer.add(targeting.requirement(node), status: .done, color: "#ffcc00")
    }
    layer.add(try targeting.paragraphs(3...4), tags: ["重点"])
    layer.add(
        try targeting.sentence(at: targeting.positions.paragraphRanges[6].lowerBound + 2),
        note: "\u{1B}]52;c;SGVsbG8=\u{07} 备注")
    let range = targeting.positions.paragraphRanges[8]
    layer.add(
        targeting.target(range.lowerBound..<min(range.upperBound, range.lowerBound + 12), kind: .range),
        tags: ["a", "b", "c"], status: .todo)
    _ = try layer.save()
    let saved = fileSystem.contents[sidecarPath]!
    try Fuzz.writeSeed(saved, named: "written.json", in: directory)
    // The same annotations recorded against other text: they re-anchor (fuzzy, orphaned) on open.
    var edited = String(decoding: saved, as: UTF8.self)
    edited = edited.replacingOccurrences(of: "\"sha256\": \"", with: "\"sha256\": \"0")
    edited = edited.replacingOccurrences(
        of: "\"status\": \"exact\"", with: "\"status\": \"fuzzy\", \"similarity\": 0.917")
    if let range = edited.range(of: "\"exact\": \"") { edited.insert(contentsOf: "改", at: range.upperBound) }
    try Fuzz.writeSeed(Array(edited.utf8), named: "edited-source.json", in: directory)
    let handWritten = [
        "unknown-fields.json": """
        {"format": "lectern-annotations", "version": 1, "positionUnit": "unicode-code-point", "source": null,
         "futureTop": {"a": [1, 2.50, -3e2, true, false, null]},
         "annotations": [{"id": "a1", "created": "2026-01-01T00:00:00Z", "reviewer": "王五",
           "target": {"kind": "range", "position": {"start": 0, "end": 2}, "quote": {"exact": "同志", "prefix": "", "suffix": "们"}, "selectorExtra": true},
           "anchor": {"status": "ambiguous", "candidates": 3}, "tags": ["整改"], "note": null, "status": "todo", "color": null}]}
        """,
        "escapes.json":
            #"{"version": 1, "annotations": [{"id": "\u4e2d\ud83d\ude00\n\t\"\\\/\b\f\r", "created": "t", "target": {"kind": "sentence", "position": {"start": 1, "end": 1}, "quote": {"exact": ""}}}]}"#,
        "newer.json": #"{"format": "lectern-annotations", "version": 2, "annotations": []}"#,
        "corrupt.json": "{\n  \"version\": 1,\n  \"annotations\": [\n    {\"id\": \"中文\" \"x\": 1}\n  ]\n}\n",
        "deep.json": String(repeating: "[", count: 70) + String(repeating: "]", count: 70),
        "bad-kind.json":
            #"{"version": 1, "annotations": [{"id": "x", "created": "t", "target": {"kind": "word", "position": {"start": 0, "end": 1}, "quote": {"exact": "a"}}}]}"#,
    ]
    for (name, text) in handWritten { try Fuzz.writeSeed(Array(text.utf8), named: name, in: directory) }
}
