import Foundation
import LecternCore

/// Reads a Word .docx as text Lectern can recognize: one line per paragraph (word/document.xml in order, table
/// cells included), the text of all runs joined, and the number Word's automatic numbering shows written in
/// front of the paragraph as if typed, so it reaches the outline, the ids and the reading pane.
///
/// A .docx paragraph's source position is its index: paragraph i is line i + 1 of the extracted text.
public enum DocxImporter {
    /// The parts Lectern reads; the rest of a package (images, settings…) is never inflated.
    private static let partNames: Set<String> = ["word/document.xml", "word/styles.xml", "word/numbering.xml"]

    public static func text(of data: Data, limits: DocxLimits = .standard) throws(DocumentFormatError) -> DecodedText {
        var archive = try DocxArchive(data, reading: partNames, limits: limits)
        guard let documentXML = try xmlPart("word/document.xml", in: &archive) else {
            throw .unreadable("not a Word document (no word/document.xml)")
        }
        let document = WordDocumentReader()
        guard document.read(documentXML) else {
            throw .unreadable("damaged Word document: word/document.xml: \(document.failure ?? "unreadable")")
        }
        let styles = WordStylesReader()
        if let stylesXML = try xmlPart("word/styles.xml", in: &archive) { _ = styles.read(stylesXML) }
        let numberingReader = WordNumberingReader()
        if let numberingXML = try xmlPart("word/numbering.xml", in: &archive) { _ = numberingReader.read(numberingXML) }

        var counter = WordNumberingCounter(numbering: numberingReader.numbering)
        var lines: [String] = []
        lines.reserveCapacity(document.paragraphs.count)
        var headingLevels: [Int: Int] = [:]
        for paragraph in document.paragraphs {
            if let level = paragraph.styleID.flatMap({ styles.headingLevel(ofStyle: $0) }) {
                headingLevels[lines.count + 1] = level
            }
            let fromStyle = paragraph.styleID.flatMap { styles.numbering(ofStyle: $0) }
            var text = paragraph.text.replacingOccurrences(of: "\n", with: " ")
            if let numID = paragraph.numID ?? fromStyle?.numID {
                let ilvl = paragraph.ilvl ?? fromStyle?.ilvl ?? 0
                if let marker = counter.marker(numID: numID, ilvl: ilvl) { text = marker + text }
            }
            lines.append(text)
        }
        let utf8 = Array(lines.joined(separator: "\n").utf8)
        return DecodedText(utf8: utf8, encoding: .wordDocument, lineEnding: .lf, headingLevels: headingLevels)
    }

    /// A part's XML, refused when it declares a DTD (see `XMLPrologue`) or is read as UTF-8 and is not: XMLParser
    /// on Linux traps on malformed UTF-8 in a name, a comment or a processing instruction (found by fuzzing).
    private static func xmlPart(_ path: String, in archive: inout DocxArchive) throws(DocumentFormatError) -> Data? {
        guard let xml = try archive.part(path) else { return nil }
        guard !XMLPrologue.declaresDocumentType(xml) else {
            throw .unreadable("\(path) declares a DTD, which Word never writes; not a plausible Word document")
        }
        guard
            XMLPrologue.isUTF16(xml) || xml.withUnsafeBytes({ TextDecoder.isValidUTF8($0.bindMemory(to: UInt8.self)) })
        else {
            throw .unreadable("damaged Word document: \(path) is not valid UTF-8")
        }
        return xml
    }
}
