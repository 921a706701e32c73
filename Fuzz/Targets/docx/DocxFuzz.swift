import Foundation
import LecternFuzzSupport
import LecternTestSupport

@testable import LecternCore
@testable import LecternFormats

// The .docx importer on zip bytes, then recognition and the checks.
//
// An input that starts with "PK" is the archive itself. Any other input is the XML of word/document.xml,
// word/styles.xml and word/numbering.xml separated by NUL bytes (XML never holds one), which the harness stores
// in a zip: mutations then reach the XML readers and the numbering instead of breaking deflate streams.
//
// Small limits keep each input fast; the limits' own code runs the same at any size.

let limits = DocxLimits(
    maxPartBytes: 1 << 20, maxTotalBytes: 2 << 20, maxCompressionRatio: 200,
    ratioCheckedAfterBytes: 64 << 10, maxEntries: 64)

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    Fuzz.writeSeedsIfAsked(writeSeeds)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let archive: [UInt8]
    if bytes.starts(with: [0x50, 0x4B]) {
        archive = bytes
    } else {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        let names = ["word/document.xml", "word/styles.xml", "word/numbering.xml"]
        archive = StoredZip.archive(zip(names, parts).map { ($0, Array($1)) })
    }
    guard let text = try? DocxImporter.text(of: Data(archive), limits: limits) else { return 0 }
    Fuzz.require(TextDecoder.isValidUTF8(text.utf8), "the text of a Word document is not valid UTF-8")
    let document = DocumentParser.parse(text, path: "fuzz.docx")
    _ = DocumentChecker.check(document)
    _ = DocumentJSON.outline([document]).rendered()
    return 0
}

/// Word documents as the importer tests build them: runs, tables, tabs and breaks, automatic numbering (Chinese,
/// decimal, start overrides, through styles), heading styles; each as a deflated .docx, as a stored one, and as
/// NUL-separated parts.
func writeSeeds(_ directory: String) throws {
    var builders: [String: DocxBuilder] = [:]

    var runs = DocxBuilder()
    runs.paragraph(["同志", "们："])
    runs.paragraph(["一、端正", "态度，", "自觉接受评议"])
    runs.paragraph(["一是深化", "了认识。"])
    runs.body.append(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t><w:tab/><w:t>丙</w:t><w:br/><w:t>丁</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    builders["runs-table"] = runs

    var chinese = DocxBuilder()
    chinese.numbering = DocxBuilder.numbering(
        levels: [
            ("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."),
            ("decimalEnclosedCircle", "%4"), ("lowerLetter", "%5)"),
        ],
        instances: ["1": [:], "2": [0: 3, 1: 2]])
    chinese.paragraph("关于加强干部队伍建设的讲话")
    chinese.paragraph("同志们：")
    chinese.paragraph("总体要求", numID: "1")
    chinese.paragraph("指导思想", numID: "1", ilvl: 1)
    chinese.paragraph("坚持党的领导", numID: "1", ilvl: 2)
    chinese.paragraph("强化担当", numID: "1", ilvl: 3)
    chinese.paragraph("细化", numID: "1", ilvl: 4)
    chinese.paragraph("主要任务", numID: "2")
    chinese.paragraph("加强领导", numID: "2", ilvl: 1)
    builders["numbering"] = chinese

    var styled = DocxBuilder()
    styled.styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"标题 1\"><w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"正文1\"><w:name w:val=\"Body Numbered\"/><w:basedOn w:val=\"标题 1\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>"
    styled.numbering = DocxBuilder.numbering(levels: [("chineseCountingThousand", "%1、")], instances: ["3": [:]])
    styled.paragraph("同志们：")
    styled.paragraph("端正态度", style: "标题 1")
    styled.paragraph("（一）指导思想", style: "2")
    styled.paragraph("加强联系", style: "正文1")
    styled.paragraph("一是要加强领导。")
    builders["styles"] = styled

    // The first speech of the sample, a paragraph a line.
    var sample = DocxBuilder()
    for line in String(decoding: Fuzz.sampleBytes, as: UTF8.self).split(separator: "\n").prefix(80) {
        sample.paragraph(String(line))
    }
    builders["sample"] = sample

    for (name, builder) in builders {
        try Fuzz.writeSeed([UInt8](try builder.data()), named: "\(name).docx", in: directory)
        let parts = xmlParts(builder)
        try Fuzz.writeSeed(StoredZip.archive(parts), named: "\(name)-stored.docx", in: directory)
        try Fuzz.writeSeed(Array(parts.map(\.bytes).joined(separator: [0])), named: "\(name).parts", in: directory)
    }
}

/// word/document.xml, word/styles.xml and word/numbering.xml as `DocxBuilder.data()` writes them.
func xmlParts(_ builder: DocxBuilder) -> [(path: String, bytes: [UInt8])] {
    let ns = DocxBuilder.namespace
    let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    return [
        (
            "word/document.xml",
            Array(
                "\(declaration)\(builder.prologue)<w:document \(ns)><w:body>\(builder.body.joined())</w:body></w:document>"
                    .utf8)
        ),
        ("word/styles.xml", Array("\(declaration)<w:styles \(ns)>\(builder.styles ?? "")</w:styles>".utf8)),
        ("word/numbering.xml", Array("\(declaration)<w:numbering \(ns)>\(builder.numbering ?? "")</w:numbering>".utf8)),
    ]
}
