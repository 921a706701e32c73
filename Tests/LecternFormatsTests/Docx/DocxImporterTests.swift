import Foundation
import LecternCore
import LecternTestSupport
import Testing

@testable import LecternFormats

@Suite struct DocxImporterTests {
    func document(_ builder: DocxBuilder) throws -> Document {
        DocumentParser.parse(try DocxImporter.text(of: try builder.data()), path: "t.docx")
    }

    @Test func runsAreJoinedAndEachParagraphIsALine() throws {
        var docx = DocxBuilder()
        docx.paragraph(["同志", "们："])
        docx.paragraph(["一、端正", "态度，", "自觉接受评议"])
        docx.paragraph(["一是深化", "了认识。"])
        let document = try document(docx)
        #expect(document.nodeSummary == ["1.1 一、端正态度，自觉接受评议", "1.1.1 一是深化了认识"])
        #expect(document.paragraphs.map(\.line) == [1, 2, 3])
        #expect(document.encoding == .wordDocument)
    }

    @Test func tableCellsAreParagraphsAndTabsAndBreaksAreKept() throws {
        var docx = DocxBuilder()
        docx.body.append(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t><w:tab/><w:t>丙</w:t><w:br/><w:t>丁</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        )
        let document = try document(docx)
        #expect(document.paragraphs.map { document.string(of: $0) } == ["甲", "乙\t丙 丁"])
    }

    @Test func automaticChineseNumberingIsWrittenIntoTheText() throws {
        var docx = DocxBuilder()
        docx.numbering = DocxBuilder.numbering(
            levels: [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")],
            instances: ["1": [:]])
        docx.paragraph("同志们：")
        docx.paragraph("总体要求", numID: "1")
        docx.paragraph("指导思想", numID: "1", ilvl: 1)
        docx.paragraph("基本原则", numID: "1", ilvl: 1)
        docx.paragraph("主要任务", numID: "1")
        docx.paragraph("加强领导", numID: "1", ilvl: 1)
        let document = try document(docx)
        #expect(
            document.nodeSummary == [
                "1.1 一、总体要求", "1.1.1 （一）指导思想", "1.1.2 （二）基本原则",
                "1.2 二、主要任务", "1.2.1 （一）加强领导",
            ])
    }

    @Test func startOverridesRestartAList() throws {
        var docx = DocxBuilder()
        docx.numbering = DocxBuilder.numbering(levels: [("decimal", "%1.")], instances: ["1": [:], "2": [0: 1]])
        docx.paragraph("同志们：")
        docx.paragraph("一、第一部分")
        docx.paragraph("甲项", numID: "1")
        docx.paragraph("乙项", numID: "1")
        docx.paragraph("二、第二部分")
        docx.paragraph("丙项", numID: "2")
        #expect(
            try document(docx).nodeSummary == ["1.1 一、第一部分", "1.1.1 1.甲项", "1.1.2 2.乙项", "1.2 二、第二部分", "1.2.1 1.丙项"])
    }

    @Test func numberingThroughALocalizedStyleId() throws {
        var docx = DocxBuilder()
        docx.styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"标题 1\"><w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"正文1\"><w:name w:val=\"Body Numbered\"/><w:basedOn w:val=\"标题 1\"/></w:style>"
        docx.numbering = DocxBuilder.numbering(levels: [("chineseCountingThousand", "%1、")], instances: ["3": [:]])
        docx.paragraph("同志们：")
        docx.paragraph("端正态度", style: "标题 1")
        docx.paragraph("加强联系", style: "正文1")
        #expect(try document(docx).nodeSummary == ["1.1 一、端正态度", "1.2 二、加强联系"])
    }

    @Test func headingStylesDecideDepth() throws {
        var docx = DocxBuilder()
        docx.styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>"
        docx.paragraph("同志们：")
        docx.paragraph("1. 总体要求", style: "1")
        docx.paragraph("（一）指导思想", style: "2")
        // Order of appearance alone would put this 1. under （一）; its heading 1 style says top level.
        docx.paragraph("2. 主要任务", style: "1")
        docx.paragraph("一是要加强领导。")
        #expect(try document(docx).nodeSummary == ["1.1 1.总体要求", "1.1.1 （一）指导思想", "1.2 2.主要任务", "1.2.1 一是要加强领导"])
    }

    @Test func wordNumberFormats() {
        #expect(WordNumberFormat.format(11, as: "chineseCounting") == "十一")
        #expect(WordNumberFormat.format(20, as: "chineseCounting") == "二十")
        #expect(WordNumberFormat.format(105, as: "chineseCountingThousand") == "一百零五")
        #expect(WordNumberFormat.format(3, as: "ideographTraditional") == "丙")
        #expect(WordNumberFormat.format(2, as: "decimalEnclosedCircle") == "②")
        #expect(WordNumberFormat.format(12, as: "decimalFullWidth") == "１２")
        #expect(WordNumberFormat.format(4, as: "upperRoman") == "IV")
        #expect(WordNumberFormat.format(28, as: "lowerLetter") == "bb")
    }

    @Test func badFilesGetOneClearReason() throws {
        #expect(throws: DocumentFormatError.self) { try DocxImporter.text(of: Data("not a zip".utf8)) }
        do {
            _ = try DocxImporter.text(of: Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]))
            Issue.record("a truncated zip was accepted")
        } catch {
            #expect(error.reason.contains("not a zip archive") || error.reason.contains("damaged"))
        }
    }

    @Test func theSampleAsDocxGivesTheSameOutlineTypedOrAutoNumbered() throws {
        let sample = try Fixtures.sample()
        let expected = sample.nodeSummary
        var typed = DocxBuilder()
        var automatic = DocxBuilder()
        automatic.numbering = DocxBuilder.numbering(
            levels: [("chineseCounting", "%1、")],
            instances: ["1": [:], "2": [0: 1], "3": [0: 1]])
        var speech = 0
        for number in 1...sample.lines.count {
            let line = sample.string(ofLine: number)
            typed.paragraph(line)
            let paragraph = sample.paragraphs.first { $0.line == number }
            if paragraph?.role == .salutation { speech += 1 }
            if let paragraph, let node = sample.nodes.first(where: { $0.paragraphIndex == paragraph.index }),
                node.family == .chineseEnumeration
            {
                automatic.paragraph(String(line.dropFirst(node.marker.count)), numID: String(speech))
            } else {
                automatic.paragraph(line)
            }
        }
        #expect(try document(typed).nodeSummary == expected)
        #expect(try document(automatic).nodeSummary == expected)
    }
}
