import LecternCore

/// The styled glyphs of a block, before wrapping: a speech header's rule, or a paragraph with its title, heading
/// and item markers styled. Byte offsets in a paragraph map onto its glyphs by counting the glyphs of the text
/// before them (`characterOffset`), the same way the glyphs are made, so search hits and markers line up even
/// where zero-width characters make no glyph.
enum BlockContent {
    static func glyphs(of block: Block, in index: DocumentIndex) -> [Glyph] {
        let document = index.document
        switch block {
        case .speechHeader(let k):
            let speech = document.speeches[k - 1]
            var out = Glyph.glyphs("── \(speech.number) ", style: Style(.border))
            out += Glyph.glyphs(speech.title, style: Style(speech.titleInferred ? .inferredTitle : .speechTitle))
            if speech.titleInferred { out += Glyph.glyphs(" (title inferred)", style: Style(.inferredTitle)) }
            out += Glyph.glyphs(" ──", style: Style(.border))
            return out
        case .paragraph(let p):
            let paragraph = document.paragraphs[p]
            let text = document.string(of: paragraph)
            let base: TextRole = paragraph.role == .title ? .speechTitle : .body
            var glyphs = Glyph.glyphs(paragraphText: text, style: Style(base))
            if let node = index.leading(ofParagraph: p) {
                style(node: node, in: &glyphs, paragraph: paragraph, index: index)
            }
            for node in index.inline(inParagraph: p) {
                style(node: node, in: &glyphs, paragraph: paragraph, index: index)
            }
            return glyphs
        }
    }

    private static func style(node: Int, in glyphs: inout [Glyph], paragraph: Paragraph, index: DocumentIndex) {
        let document = index.document
        let n = document.nodes[node]
        let start = characterOffset(of: n.byteRange.lowerBound, in: paragraph, document: document)
        let markerEnd = min(glyphs.count, start + Glyph.count(of: n.marker))
        if n.family.isItem {
            for i in start..<max(start, markerEnd) { glyphs[i].style.role = .itemMarker }
        } else {
            let titleEnd = min(glyphs.count, start + Glyph.count(of: n.label))
            for i in start..<max(start, titleEnd) { glyphs[i].style.role = .heading }
        }
    }

    /// The glyphs of the paragraph's text before a byte offset inside it.
    static func characterOffset(of byte: Int, in paragraph: Paragraph, document: Document) -> Int {
        let lower = paragraph.byteRange.lowerBound
        guard byte > lower else { return 0 }
        return Glyph.count(ofParagraphText: document.string(bytes: lower..<min(byte, paragraph.byteRange.upperBound)))
    }
}
