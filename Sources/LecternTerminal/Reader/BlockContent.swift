import LecternCore

/// The styled glyphs of a block, before wrapping: a speech header's rule, or a paragraph with its title, heading
/// and item markers styled. A byte of a paragraph maps onto its glyphs through the glyphs' sources (the glyphs
/// made from the text before it), so search hits and markers line up even where zero-width characters make no
/// glyph.
enum BlockContent {
    static func glyphs(of block: Block, in index: DocumentIndex) -> BlockGlyphs {
        let document = index.document
        switch block {
        case .speechHeader(let k):
            let speech = document.speeches[k - 1]
            var out = Glyph.glyphs("── \(speech.number) ", style: Style(.border))
            out += Glyph.glyphs(speech.title, style: Style(speech.titleInferred ? .inferredTitle : .speechTitle))
            if speech.titleInferred { out += Glyph.glyphs(" (title inferred)", style: Style(.inferredTitle)) }
            out += Glyph.glyphs(" ──", style: Style(.border))
            return BlockGlyphs(glyphs: out)
        case .paragraph(let p):
            let paragraph = document.paragraphs[p]
            let base: TextRole = paragraph.role == .title ? .speechTitle : .body
            var block = BlockGlyphs(text: document.string(of: paragraph), style: Style(base))
            if let node = index.leading(ofParagraph: p) {
                style(node: node, in: &block, paragraph: paragraph, document: document)
            }
            for node in index.inline(inParagraph: p) {
                style(node: node, in: &block, paragraph: paragraph, document: document)
            }
            return block
        }
    }

    private static func style(node: Int, in block: inout BlockGlyphs, paragraph: Paragraph, document: Document) {
        let n = document.nodes[node]
        let start = block.sources.glyph(atByte: n.byteRange.lowerBound - paragraph.byteRange.lowerBound)
        let count = block.glyphs.count
        if n.family.isItem {
            let markerEnd = min(count, start + Glyph.count(of: n.marker))
            for i in start..<max(start, markerEnd) { block.glyphs[i].style.role = .itemMarker }
        } else {
            let titleEnd = min(count, start + Glyph.count(of: n.label))
            for i in start..<max(start, titleEnd) { block.glyphs[i].style.role = .heading }
        }
    }
}
