import Algorithms
import LecternCore

/// Printed pages, for a document read from a PDF: the page at the cursor (status line) and `:p12`.
extension DocumentReader {
    /// The page of the text at the cursor (a paragraph that runs on past a page break is on two) and the page
    /// count; nil for a document without pages.
    var page: (number: Int, count: Int)? {
        guard let pages = document.text.pages else { return nil }
        switch index.block(atSlot: cursor.slot) {
        case .paragraph(let p):
            let paragraph = document.paragraphs[p]
            let byte =
                paragraph.byteRange.lowerBound + wrapped(cursor.slot).sources.byte(atGlyph: glyphOffset(of: cursor))
            return (pages.page(ofLine: document.line(containingByte: byte)), pages.pageCount)
        case .speechHeader(let k):
            let first = document.speeches[k - 1].paragraphRange.lowerBound
            guard document.paragraphs.indices.contains(first) else { return nil }
            return (pages.page(ofLine: document.paragraphs[first].line), pages.pageCount)
        }
    }

    /// Goes to the paragraph where page `number` begins (the one running on into it from the page before, when
    /// a paragraph crosses the break). False when the document has no such page.
    mutating func jump(toPage number: Int) -> Bool {
        guard let pages = document.text.pages, number >= 1, number <= pages.pageCount,
            !document.paragraphs.isEmpty
        else { return false }
        let firstLine = pages.firstLines[number - 1]
        // The first paragraph that ends on or after the page's first line.
        let lineStart = firstLine <= document.lines.count ? document.lines[firstLine - 1].start : Int.max
        let low = min(
            document.paragraphs.count - 1,
            document.paragraphs.partitioningIndex { $0.byteRange.upperBound >= lineStart })
        reveal(paragraph: low)
        // Within a paragraph that runs on into the page, the screen line where the page's text begins.
        let paragraph = document.paragraphs[low]
        let slot = index.slot(ofParagraph: low)
        let glyph = wrapped(slot).sources.glyph(atByte: max(0, lineStart - paragraph.byteRange.lowerBound))
        jump(to: ReadingPosition(slot: slot, line: line(ofGlyph: glyph, inSlot: slot)))
        return true
    }
}
