import Foundation
import LecternFuzzSupport

@testable import LecternCore
@testable import LecternFormats

// Bytes → decoded text → document, as `lectern` opens a text or Markdown file: auto-detection and every forced
// encoding, the first part of a big file, then recognition, the checks and the outline JSON.
//
// Properties: nothing traps; a decoded text is valid UTF-8 whose lines end in LF; the outline JSON parses back
// (strict parser) and is the same whether the document was parsed in one part or in three.

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    Fuzz.writeSeedsIfAsked { directory in
        let sample = Fuzz.sampleBytes
        let text = String(decoding: sample, as: UTF8.self)
        // The sample in every encoding Lectern reads, with and without a BOM, and with CRLF and CR endings.
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let firstSpeech = String(text.prefix(2500))
        try Fuzz.writeSeed(Array(firstSpeech.data(using: gb18030)!), named: "sample-gb18030.txt", in: directory)
        try Fuzz.writeSeed(
            [0xFF, 0xFE] + Array(firstSpeech.data(using: .utf16LittleEndian)!), named: "sample-utf16le-bom.txt",
            in: directory)
        try Fuzz.writeSeed(
            [0xFE, 0xFF] + Array(firstSpeech.data(using: .utf16BigEndian)!), named: "sample-utf16be-bom.txt",
            in: directory)
        try Fuzz.writeSeed(
            Array(firstSpeech.data(using: .utf16LittleEndian)!), named: "sample-utf16le.txt", in: directory)
        try Fuzz.writeSeed([0xEF, 0xBB, 0xBF] + Array(firstSpeech.utf8), named: "sample-utf8-bom.txt", in: directory)
        try Fuzz.writeSeed(
            Array(firstSpeech.replacingOccurrences(of: "\n", with: "\r\n").utf8), named: "sample-crlf.txt",
            in: directory)
        try Fuzz.writeSeed(
            Array(firstSpeech.replacingOccurrences(of: "\n", with: "\r").utf8), named: "sample-cr.txt", in: directory)
        // The sample in parts of a few KB (small inputs mutate fastest), and whole.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, start) in stride(from: 0, to: lines.count, by: 60).enumerated() {
            let part = lines[start..<min(lines.count, start + 60)].joined(separator: "\n") + "\n"
            try Fuzz.writeSeed(Array(part.utf8), named: "sample-part\(n + 1).txt", in: directory)
        }
        try Fuzz.writeSeed(sample, named: "sample.txt", in: directory)
        // Markdown headings.
        let markdown = "# 在全市干部大会上的讲话\n\n同志们：\n\n## 一、总体要求\n\n### （一）提高认识\n\n1. 加强领导。\n2. 落实责任。\n"
        try Fuzz.writeSeed(Array(markdown.utf8), named: "headings.md", in: directory)
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    if let text = try? TextDecoder.decode(bytes) {
        checkDecoded(text)
        let document = examine(text)
        // The parse is the same in one part or in several (ParallelWork splits big files). Threads make
        // libFuzzer's leak check run after the input, which triples its cost: one input in three.
        if size % 3 == 0 {
            let split = DocumentParser.parse(text, path: "fuzz.txt", workers: 3)
            Fuzz.require(
                DocumentJSON.outline([split]).rendered() == DocumentJSON.outline([document]).rendered(),
                "parsing in 3 parts gives another outline than in one")
        }
        _ = examine(MarkdownText.plain(text))
    }
    for encoding in TextEncoding.allCases {
        if let text = try? TextDecoder.decode(bytes, forcing: encoding) {
            checkDecoded(text)
            _ = examine(text)
        }
    }
    // The first part of a big file, as the reader shows it while the whole loads.
    if let part = LeadingPart.cut(bytes, atLineEndAfter: bytes.count / 2), let text = try? TextDecoder.decode(part) {
        _ = examine(text)
    }
    return 0
}

private func checkDecoded(_ text: DecodedText) {
    Fuzz.require(TextDecoder.isValidUTF8(text.utf8), "decoded text is not valid UTF-8")
    Fuzz.require(!text.utf8.contains(0x0D), "a CR survived line-ending normalization")
}

/// Recognition, the checks and the outline JSON of a decoded text; the JSON must parse back.
@discardableResult
private func examine(_ text: DecodedText) -> Document {
    let document = DocumentParser.parse(text, path: "fuzz.txt", workers: 1)
    _ = DocumentChecker.check(document)
    let json = DocumentJSON.outline([document]).rendered()
    do {
        _ = try SidecarJSONParser.parse(Array(json.utf8), maxDepth: 100_000)
    } catch {
        Fuzz.require(false, "the outline JSON does not parse: \(error)")
    }
    return document
}
