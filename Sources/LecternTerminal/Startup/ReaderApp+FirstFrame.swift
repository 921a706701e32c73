/// What the first frame reads that costs most to work out: the reading pane's blocks wrapped at its width and
/// the numbering marks of the tree rows shown. Drawing computes them where it reads them; the whole reader is
/// built off the terminal's thread, so it works them out there, without drawing a frame to throw away.
extension ReaderApp {
    func layOutFirstFrame() {
        let height = layout.paneHeight
        _ = reader.shownLines(height: height)
        for row in tree.shownRows(height: height, in: readers) {
            let reader = readers[row.file]
            if let entry = row.entry, case .node(let node) = reader.treeEntries[entry].target {
                _ = reader.index.hasProblem(node: node)
            }
        }
    }
}
