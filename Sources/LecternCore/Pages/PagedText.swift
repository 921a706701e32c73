/// Makes the text Lectern reads from a paged source's extracted text (pages separated by form feeds, as pdftotext
/// writes them): page furniture is taken out and recorded, page starts are kept. With the furniture gone, a
/// paragraph cut by a page break is two neighbouring lines, and the hard-wrap reflow joins it like any other.
package enum PagedText {
    package static func assemble(_ extracted: String, encoding: TextEncoding, extractor: String?) -> DecodedText {
        var pages = extracted.split(separator: "\u{C}", omittingEmptySubsequences: false)
        // The form feed ends each page, so the last piece is what follows the last page: nothing.
        if pages.count > 1, PageFurniture.isBlank(pages[pages.count - 1]) { pages.removeLast() }
        // Blank lines at a page's edges are the extractor's spacing, not the document's: without them a paragraph
        // that runs on past the page break is two neighbouring lines.
        let pageLines = pages.map { page -> [Substring] in
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false)[...]
            while let last = lines.last, PageFurniture.isBlank(last) { lines.removeLast() }
            while let first = lines.first, PageFurniture.isBlank(first) { lines.removeFirst() }
            return Array(lines)
        }
        let rules = PageFurniture.classify(pageLines)
        var kept: [Substring] = []
        var firstLines: [Int] = []
        var removed: [RemovedLine] = []
        for (p, lines) in pageLines.enumerated() {
            firstLines.append(kept.count + 1)
            var pageKept: [Substring] = []
            for (line, rule) in zip(lines, rules[p]) {
                if let rule {
                    removed.append(
                        RemovedLine(
                            beforeLine: kept.count + pageKept.count + 1, page: p + 1,
                            text: String(line), rule: rule))
                } else {
                    pageKept.append(line)
                }
            }
            // The blank lines that set the furniture apart go with it.
            var slice = pageKept[...]
            var leading = 0
            while let first = slice.first, PageFurniture.isBlank(first) {
                slice.removeFirst()
                leading += 1
            }
            while let last = slice.last, PageFurniture.isBlank(last) { slice.removeLast() }
            // Furniture stood before the line it now precedes: blanks dropped above it no longer count, and one
            // at the foot stands before the next page's first line.
            let start = kept.count + 1
            let end = kept.count + slice.count + 1
            for k in removed.indices.reversed() where removed[k].page == p + 1 {
                removed[k].beforeLine = min(end, max(start, removed[k].beforeLine - leading))
            }
            kept += slice
        }
        let text = kept.joined(separator: "\n")
        return DecodedText(
            utf8: Array(text.utf8), encoding: encoding, lineEnding: .lf,
            pages: PageLayout(firstLines: firstLines, removed: removed), extractor: extractor)
    }
}
