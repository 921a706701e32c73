import LecternCore

/// The styled glyphs of a block, before wrapping: a speech header's rule, or a paragraph with its title, heading
/// and item markers styled. Glyph i of a paragraph is character i of its sanitized text, so search hits map
/// straight onto glyphs.
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
            var glyphs = Glyph.glyphs(text, style: Style(base))
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
        let markerEnd = min(glyphs.count, start + TerminalSafeText.sanitize(n.marker).count)
        if n.family.isItem {
            for i in start..<max(start, markerEnd) { glyphs[i].style.role = .itemMarker }
        } else {
            let titleEnd = min(glyphs.count, start + TerminalSafeText.sanitize(n.label).count)
            for i in start..<max(start, titleEnd) { glyphs[i].style.role = .heading }
        }
    }

    /// Characters of the sanitized paragraph text before a byte offset inside it.
    static func characterOffset(of byte: Int, in paragraph: Paragraph, document: Document) -> Int {
        let lower = paragraph.byteRange.lowerBound
        guard byte > lower else { return 0 }
        return TerminalSafeText.sanitize(document.string(bytes: lower..<min(byte, paragraph.byteRange.upperBound))).count
    }
}
