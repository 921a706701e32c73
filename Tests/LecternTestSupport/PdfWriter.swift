import Foundation

/// A line of text drawn at (x, y): PDF points from the page's lower left corner, y at the baseline.
public struct PdfTextLine: Sendable, Equatable {
    public var text: String
    public var x: Double
    public var y: Double
    public var fontSize: Double
    /// Points added after every glyph (the PDF's Tc), as justified and letter-spaced lines are drawn: from about
    /// a tenth of an em pdftotext starts to put spaces between CJK characters.
    public var characterSpacing: Double

    public init(_ text: String, x: Double, y: Double, fontSize: Double = 16, characterSpacing: Double = 0) {
        self.text = text
        self.x = x
        self.y = y
        self.fontSize = fontSize
        self.characterSpacing = characterSpacing
    }
}

/// A filled rectangle (0 black, 1 white): drawing without text, as a scan's page is to a text extractor.
public struct PdfRectangle: Sendable, Equatable {
    public var x, y, width, height: Double
    public var gray: Double

    public init(x: Double, y: Double, width: Double, height: Double, gray: Double = 0.5) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.gray = gray
    }
}

/// Writes text PDFs (version 1.4, uncompressed) whose text pdftotext extracts exactly, Chinese included, so tests
/// and the benchmark need no PDF fixtures from elsewhere. All text uses one Type0 font, Identity-H: a glyph's
/// CID is its BMP code point, written as two bytes, and the ToUnicode CMap maps each CID back to itself. No font
/// program is embedded — extraction needs only the codes, the widths and the CMap (a viewer shows a substitute).
public struct PdfWriter {
    public static let a4Width = 595.0
    public static let a4Height = 842.0

    public let pageWidth: Double
    public let pageHeight: Double
    /// Written to the document information dictionary (what `pdfinfo` shows as Title).
    public var title: String?
    /// Each page's content stream.
    private var pages: [[UInt8]] = []
    /// The high bytes of every CID drawn: the ToUnicode CMap has one range per high byte.
    private var highBytes = Set<UInt8>()

    public init(pageWidth: Double = PdfWriter.a4Width, pageHeight: Double = PdfWriter.a4Height) {
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
    }

    public var pageCount: Int { pages.count }

    public mutating func addPage(_ lines: [PdfTextLine], rectangles: [PdfRectangle] = []) {
        var content = ""
        for box in rectangles {
            content +=
                "\(Self.number(box.gray)) g \(Self.number(box.x)) \(Self.number(box.y)) "
                + "\(Self.number(box.width)) \(Self.number(box.height)) re f\n"
        }
        if !rectangles.isEmpty { content += "0 g\n" }
        for line in lines {
            let cids = Self.cids(line.text)
            for cid in cids { highBytes.insert(UInt8(cid >> 8)) }
            let hex = cids.map { String(format: "%04X", $0) }.joined()
            content +=
                "BT /F1 \(Self.number(line.fontSize)) Tf \(Self.number(line.characterSpacing)) Tc "
                + "1 0 0 1 \(Self.number(line.x)) \(Self.number(line.y)) Tm <\(hex)> Tj ET\n"
        }
        pages.append(Array(content.utf8))
    }

    public mutating func addBlankPage() {
        addPage([])
    }

    /// A page with no text layer: grey bars where lines of text would be, as a scan looks to pdftotext.
    public mutating func addScannedPage(lines: Int = 20) {
        let bars = (0..<lines).map { row in
            PdfRectangle(x: 80, y: pageHeight - 120 - Double(row) * 29, width: row % 5 == 4 ? 200 : 435, height: 12)
        }
        addPage([], rectangles: bars)
    }

    /// The CIDs drawn for `text`: BMP code points as they are, anything beyond the BMP as U+FFFD.
    public static func cids(_ text: String) -> [UInt16] {
        text.unicodeScalars.map { $0.value <= 0xFFFF ? UInt16($0.value) : 0xFFFD }
    }

    /// Advance of a CID in thousandths of the font size: half an em for U+0020–U+00FF, a full em for the rest.
    public static func advance(of cid: UInt16) -> Int {
        (0x20...0xFF).contains(cid) ? 500 : 1000
    }

    /// Width of `text` drawn at `fontSize`, in points.
    public static func width(of text: String, fontSize: Double) -> Double {
        Double(cids(text).reduce(0) { $0 + advance(of: $1) }) * fontSize / 1000
    }

    /// The whole file: header, objects, cross-reference table with each object's byte offset, trailer.
    public func data() -> Data {
        var objects: [[UInt8]] = []  // object n is objects[n - 1]
        func add(_ text: String) { objects.append(Array(text.utf8)) }
        func addStream(_ bytes: [UInt8]) {
            objects.append(Array("<< /Length \(bytes.count) >>\nstream\n".utf8) + bytes + Array("\nendstream".utf8))
        }
        let firstPage = 7
        let kids = pages.indices.map { "\(firstPage + 2 * $0) 0 R" }.joined(separator: " ")
        add("<< /Type /Catalog /Pages 2 0 R >>")
        add("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        add(
            "<< /Type /Font /Subtype /Type0 /BaseFont /LecternSong /Encoding /Identity-H "
                + "/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>")
        // Latin-1 at half an em, so mixed lines sit where a real CJK font would put them.
        add(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /LecternSong "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                + "/FontDescriptor 5 0 R /DW 1000 /W [32 255 500] /CIDToGIDMap /Identity >>")
        add(
            "<< /Type /FontDescriptor /FontName /LecternSong /Flags 4 /FontBBox [0 -120 1000 880] "
                + "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
        addStream(Array(toUnicode().utf8))
        let box = "[0 0 \(Self.number(pageWidth)) \(Self.number(pageHeight))]"
        for (index, content) in pages.enumerated() {
            add(
                "<< /Type /Page /Parent 2 0 R /MediaBox \(box) /Resources << /Font << /F1 3 0 R >> >> "
                    + "/Contents \(firstPage + 2 * index + 1) 0 R >>")
            addStream(content)
        }
        var info: Int?
        if let title {
            add("<< /Title \(Self.textString(title)) /Producer (Lectern test support) >>")
            info = objects.count
        }

        // The second line's high bytes mark the file as binary for tools that sniff it.
        var out = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".unicodeScalars.map { UInt8($0.value) })
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n or f, space and line feed.
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        let infoEntry = info.map { " /Info \($0) 0 R" } ?? ""
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(infoEntry) >>\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(table.utf8)
        return Data(out)
    }

    /// The ToUnicode CMap: each high byte used maps its 256 CIDs to the same code points (a bfrange may vary
    /// only its last byte), at most 100 ranges to a block as the CMap format requires.
    private func toUnicode() -> String {
        let ranges = highBytes.sorted().map { String(format: "<%02X00> <%02XFF> <%02X00>", $0, $0, $0) }
        var blocks = ""
        for start in stride(from: 0, to: ranges.count, by: 100) {
            let block = ranges[start..<min(start + 100, ranges.count)]
            blocks += "\(block.count) beginbfrange\n\(block.joined(separator: "\n"))\nendbfrange\n"
        }
        return """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            \(blocks)endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """
    }

    /// A text string for the info dictionary: UTF-16BE with its byte order mark, in hex.
    private static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    /// A number as PDF writes it: no exponent, at most two decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
