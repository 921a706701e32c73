import Foundation
import LecternCore
import ZIPFoundation

/// Reads a Word .docx as text Lectern can recognize: one line per paragraph (word/document.xml in order, table
/// cells included), the text of all runs joined, and the number Word's automatic numbering shows written in
/// front of the paragraph as if typed, so it reaches the outline, the ids and the reading pane.
///
/// A .docx paragraph's source position is its index: paragraph i is line i + 1 of the extracted text.
public enum DocxImporter {
    public static func text(of data: Data) throws(DocumentFormatError) -> DecodedText {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .unreadable("not a Word document (damaged or not a zip archive)")
        }
        guard let documentXML = try part("word/document.xml", in: archive) else {
            throw .unreadable("not a Word document (no word/document.xml)")
        }
        let document = WordDocumentReader()
        guard document.read(documentXML) else {
            throw .unreadable("damaged Word document: word/document.xml: \(document.failure ?? "unreadable")")
        }
        let styles = WordStylesReader()
        if let stylesXML = try part("word/styles.xml", in: archive) { _ = styles.read(stylesXML) }
        let numberingReader = WordNumberingReader()
        if let numberingXML = try part("word/numbering.xml", in: archive) { _ = numberingReader.read(numberingXML) }

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

    private static func part(_ path: String, in archive: Archive) throws(DocumentFormatError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
        } catch {
            throw .unreadable("damaged Word document: cannot extract \(path)")
        }
        return data
    }
}
