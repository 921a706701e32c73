import Foundation

/// The tree pane drawn: with several files open, a row per file first; under it one row per visible speech or
/// node, indented by depth, with a fold marker, the id, the label, a ! on nodes whose numbering `check`
/// questions, and on the right a requirement's status or its roll-up ("3/5 done") and its tags.
extension TreePane {
    func draw(into screen: inout ScreenBuffer, area: Rect, readers: [DocumentReader], focused: Bool) {
        let rows = shownRows(height: area.height, in: readers)
        let selected = selection - top
        let showsFiles = readers.count > 1
        let width = area.width
        for (line, treeRow) in rows.prefix(area.height).enumerated() {
            let row = area.row + line
            let reader = readers[treeRow.file]
            var glyphs: [Glyph]
            var suffix = ""
            if let removed = treeRow.removed, let row = changes?.removed[removed] {
                glyphs = Self.removedGlyphs(row, indent: showsFiles ? 1 : 0)
            } else if let entry = treeRow.entry {
                let depth = showsFiles ? 1 : 0
                (glyphs, suffix) = Self.entryGlyphs(reader, reader.treeEntries[entry], indent: depth)
                if changes?.file == treeRow.file, case .node(let n) = reader.treeEntries[entry].target,
                    let mark = changes?.marks[n]
                {
                    Self.putMark(mark, on: &glyphs)
                }
            } else {
                let name = reader.document.fileName
                glyphs = Glyph.glyphs(foldedFiles.contains(treeRow.file) ? "▸ " : "▾ ", style: Style(.border))
                glyphs += Glyph.glyphs("\(treeRow.file + 1) \(name)", style: Style(.treeFile))
                suffix = Self.rollUpText(reader.annotations.marks.rollUp(0..<reader.document.nodes.count))
                if reader.annotations.unreadable != nil { suffix += " ro" }
            }
            let right = Glyph.glyphs(suffix.isEmpty ? "" : " " + suffix, style: Style(.annotationMark))
            let end = screen.write(
                glyphs, row: row, column: area.column, limit: area.column + max(0, width - right.displayWidth))
            if !right.isEmpty {
                screen.write(right, row: row, column: max(end, area.right - right.displayWidth), limit: area.right)
            }
            if line == selected {
                screen.restyle(row: row, columns: area.column..<area.right) {
                    $0.emphasis.insert(focused ? [.cursor, .focused] : .cursor)
                }
            }
        }
    }

    private static func entryGlyphs(_ reader: DocumentReader, _ entry: TreeEntry, indent: Int) -> ([Glyph], String) {
        let document = reader.document
        let marks = reader.annotations.marks
        var glyphs = Glyph.glyphs(String(repeating: "  ", count: entry.depth + indent), style: Style(.treeEntry))
        let marker = entry.foldable ? (reader.folds.isFolded(entry.target) ? "▸ " : "▾ ") : "  "
        glyphs += Glyph.glyphs(marker, style: Style(.border))
        switch entry.target {
        case .speech(let k):
            let speech = document.speeches[k - 1]
            glyphs += Glyph.glyphs("\(k) ", style: Style(.treeSpeech))
            glyphs += Glyph.glyphs(
                speech.title + (speech.titleInferred ? " ~" : ""),
                style: Style(speech.titleInferred ? .inferredTitle : .treeSpeech))
            return (glyphs, rollUpText(marks.rollUp(reader.index.nodes(ofSpeech: k))))
        case .node(let n):
            let node = document.nodes[n]
            if reader.numberingMarks.isQuestioned(node: n, speech: node.speech) {
                glyphs += Glyph.glyphs("!", style: Style(.problem))
            }
            glyphs += Glyph.glyphs("\(node.id) ", style: Style(.border))
            glyphs += Glyph.glyphs(node.label, style: Style(node.family.isItem ? .treeEntry : .heading))
            var parts = (marks.tagsOfNode[n] ?? []).map { "#" + $0 }
            let subtree = reader.index.subtree(of: n)
            if subtree.count > 1, marks.rollUp(subtree.dropFirst().startIndex..<subtree.upperBound).total > 0 {
                parts.append(rollUpText(marks.rollUp(subtree)))
            } else if let status = marks.statusOfNode[n] {
                parts.append(status.rawValue)
            }
            return (glyphs, parts.joined(separator: " "))
        }
    }

    /// A comparison's mark in a node row's first columns (its indent: a node is at depth 1 or more).
    private static func putMark(_ mark: String, on glyphs: inout [Glyph]) {
        let mark = Glyph.glyphs(mark, style: Style(.changeMark))
        var width = 0
        var covered = 0
        while covered < glyphs.count, width < mark.displayWidth, glyphs[covered].text == " " {
            width += glyphs[covered].width
            covered += 1
        }
        guard width == mark.displayWidth else { return }
        glyphs.replaceSubrange(0..<covered, with: mark)
    }

    /// "- 2.3 （三）title": a removed requirement where it used to be, at its old depth.
    private static func removedGlyphs(_ row: TreeChanges.RemovedRow, indent: Int) -> [Glyph] {
        var glyphs = Glyph.glyphs("-", style: Style(.changeMark))
        glyphs += Glyph.glyphs(
            String(repeating: " ", count: max(1, 2 * (row.depth + indent) + 1)), style: Style(.treeEntry))
        return glyphs + Glyph.glyphs(row.text, style: Style(.removedEntry))
    }

    /// "3/5 done", or nothing when no status is set below.
    static func rollUpText(_ counts: (done: Int, total: Int)) -> String {
        counts.total == 0 ? "" : "\(counts.done)/\(counts.total) done"
    }
}
