import Foundation

/// How a page number is printed at the foot of each page.
public enum PdfPageNumberStyle: Sendable, CaseIterable {
    /// `— 3 —` (em dashes, as GB/T 9704 prescribes)
    case emDashes
    /// `-3-`
    case hyphens
    /// `第3页 共12页`
    case chinese
    /// `3/12`
    case fraction
    case none

    public func text(page: Int, of total: Int) -> String? {
        switch self {
        case .emDashes: "— \(page) —"
        case .hyphens: "-\(page)-"
        case .chinese: "第\(page)页 共\(total)页"
        case .fraction: "\(page)/\(total)"
        case .none: nil
        }
    }
}

/// A line the layout drew, for tests to compare with what an extractor gives back.
public struct PdfDrawnLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case body, header, pageNumber
    }

    /// 1-based.
    public var page: Int
    public var text: String
    public var kind: Kind
}

/// Lays out a plain text as a printed official document (GB/T 9704 style: 16 pt type, 28 characters a line, 22
/// lines a page): each non-blank source line is a paragraph, wrapped at `charactersPerLine` (a CJK character counts
/// one, U+0020–U+00FF a half), its first line indented two characters. A blank source line leaves one empty line
/// (never at a page's top). Pages after the first may carry a running header; every page may carry a number.
public struct PdfPageLayout {
    public var charactersPerLine = 28
    public var linesPerPage = 22
    public var fontSize = 16.0
    /// Distance between baselines (22 lines fill GB/T 9704's 225 mm type area).
    public var lineSpacing = 29.0
    /// The first `centredLines` paragraphs (a title block) are centred and not indented.
    public var centredLines = 0
    /// The first-line indent drawn as two U+3000 in the text rather than as a shifted start.
    public var indentWithIdeographicSpaces = false
    /// Drawn at the top of every page after the first (a document's short title).
    public var runningHeader: String?
    public var pageNumbers = PdfPageNumberStyle.emDashes

    public init() {}

    public struct Result: Sendable {
        public var data: Data
        /// Every line drawn, in page order: per page the header, the body lines, the page number.
        public var lines: [PdfDrawnLine]
        public var pageCount: Int

        /// The body lines of one page (1-based), blank ones left out.
        public func body(page: Int) -> [String] {
            lines.filter { $0.page == page && $0.kind == .body }.map(\.text)
        }
    }

    /// Closing punctuation that may not begin a line: it hangs past the line's end instead.
    static let noLineStart = Set("，。、；：？！）》」』”’…—".unicodeScalars)

    public func render(_ text: String, title: String? = nil) -> Result {
        let pages = paginate(wrap(text))
        var writer = PdfWriter()
        writer.title = title
        var drawn: [PdfDrawnLine] = []
        let left = (PdfWriter.a4Width - Double(charactersPerLine) * fontSize) / 2
        let top = PdfWriter.a4Height - 105 - fontSize  // 37 mm top margin, to the first baseline
        for (index, page) in pages.enumerated() {
            let number = index + 1
            var lines: [PdfTextLine] = []
            if number > 1, let runningHeader {
                let size = fontSize * 0.75
                let x = (PdfWriter.a4Width - PdfWriter.width(of: runningHeader, fontSize: size)) / 2
                lines.append(PdfTextLine(runningHeader, x: x, y: PdfWriter.a4Height - 60, fontSize: size))
                drawn.append(PdfDrawnLine(page: number, text: runningHeader, kind: .header))
            }
            for (row, line) in page.enumerated() where !line.text.isEmpty {
                let x =
                    switch line.placement {
                    case .flush: left
                    case .indented: left + 2 * fontSize
                    case .centred: (PdfWriter.a4Width - PdfWriter.width(of: line.text, fontSize: fontSize)) / 2
                    }
                lines.append(PdfTextLine(line.text, x: x, y: top - Double(row) * lineSpacing, fontSize: fontSize))
                drawn.append(PdfDrawnLine(page: number, text: line.text, kind: .body))
            }
            if let folio = pageNumbers.text(page: number, of: pages.count) {
                let size = fontSize * 0.875
                let x = (PdfWriter.a4Width - PdfWriter.width(of: folio, fontSize: size)) / 2
                lines.append(PdfTextLine(folio, x: x, y: 60, fontSize: size))
                drawn.append(PdfDrawnLine(page: number, text: folio, kind: .pageNumber))
            }
            writer.addPage(lines)
        }
        return Result(data: writer.data(), lines: drawn, pageCount: pages.count)
    }

    struct Line {
        enum Placement { case flush, indented, centred }
        var text: String
        var placement: Placement
    }

    /// The text's paragraphs as lines; an empty line for each run of blank source lines.
    func wrap(_ text: String) -> [Line] {
        var lines: [Line] = []
        var paragraphs = 0
        for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let paragraph = source.trimmingCharacters(in: .whitespaces)
            if paragraph.isEmpty {
                if let last = lines.last, !last.text.isEmpty { lines.append(Line(text: "", placement: .flush)) }
                continue
            }
            paragraphs += 1
            if paragraphs <= centredLines {
                lines += split(paragraph, firstWidth: 2 * charactersPerLine).map { Line(text: $0, placement: .centred) }
                continue
            }
            let indent = indentWithIdeographicSpaces ? "\u{3000}\u{3000}" : ""
            for (index, piece) in split(
                indent + paragraph, firstWidth: 2 * charactersPerLine - (indent.isEmpty ? 4 : 0)
            ).enumerated() {
                lines.append(Line(text: piece, placement: index == 0 && indent.isEmpty ? .indented : .flush))
            }
        }
        return lines
    }

    /// `text` cut into lines of at most `firstWidth` half-widths, then `2 * charactersPerLine`; closing
    /// punctuation hangs on the line before rather than begin one.
    func split(_ text: String, firstWidth: Int) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var used = 0
        var limit = firstWidth
        for scalar in text.unicodeScalars {
            let width = PdfWriter.advance(of: PdfWriter.cids(String(scalar))[0]) / 500
            if used + width > limit, !current.isEmpty, !Self.noLineStart.contains(scalar) {
                lines.append(String(current))
                current = String.UnicodeScalarView()
                used = 0
                limit = 2 * charactersPerLine
            }
            current.append(scalar)
            used += width
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// Lines into pages of `linesPerPage`; an empty line that would open a page is dropped.
    func paginate(_ lines: [Line]) -> [[Line]] {
        var pages: [[Line]] = [[]]
        for line in lines {
            if pages[pages.count - 1].count == linesPerPage { pages.append([]) }
            if line.text.isEmpty, pages[pages.count - 1].isEmpty { continue }
            pages[pages.count - 1].append(line)
        }
        while pages.count > 1, let last = pages.last, last.allSatisfy({ $0.text.isEmpty }) { pages.removeLast() }
        return pages
    }
}
