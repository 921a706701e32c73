/// The heading tree: one row per visible speech or node, indented by depth, with a fold marker, the id, the
/// label, and a ! on nodes whose numbering `check` questions.
enum TreePaneView {
    static func draw(_ reader: DocumentReader, focused: Bool, into screen: inout ScreenBuffer, width: Int, height: Int) {
        let entries = reader.treeEntries
        let document = reader.document
        for row in 0..<height {
            let i = reader.treeTop + row
            guard i < entries.count else { break }
            let entry = entries[i]
            var glyphs = Glyph.glyphs(String(repeating: "  ", count: entry.depth), style: Style(.treeEntry))
            let marker = entry.foldable ? (reader.folds.isFolded(entry.target) ? "▸ " : "▾ ") : "  "
            glyphs += Glyph.glyphs(marker, style: Style(.border))
            switch entry.target {
            case .speech(let k):
                let speech = document.speeches[k - 1]
                glyphs += Glyph.glyphs("\(k) ", style: Style(.treeSpeech))
                glyphs += Glyph.glyphs(speech.title + (speech.titleInferred ? " ~" : ""),
                                       style: Style(speech.titleInferred ? .inferredTitle : .treeSpeech))
            case .node(let n):
                let node = document.nodes[n]
                if reader.index.problemNodes.contains(n) { glyphs += Glyph.glyphs("!", style: Style(.problem)) }
                glyphs += Glyph.glyphs("\(node.id) ", style: Style(.border))
                glyphs += Glyph.glyphs(node.label, style: Style(node.family.isItem ? .treeEntry : .heading))
            }
            screen.write(glyphs, row: row, column: 0, limit: width)
            if i == reader.treeSelection {
                screen.restyle(row: row, columns: 0..<width) { $0.emphasis.insert(focused ? [.cursor, .focused] : .cursor) }
            }
        }
    }
}
