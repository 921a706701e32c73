/// Whether a reader showing first parts shows only what they are sure of.
extension ReaderPreview {
    /// True when everything on screen lies before the unsure part of its file: every file's cursor and first
    /// line shown (a stand-in's only when it is the current file), the reading pane's last line (which must not
    /// be the end of a first part), and every row of the tree (an empty row means the tree ran out of a first
    /// part's entries; no row of a stand-in is sure).
    static func showsOnlyAgreeingParts(
        _ library: Library, tree: TreePane, layout: PaneLayout, firstUnsureSlot: [Int], standIns: Set<Int>
    ) -> Bool {
        let readers = library.readers
        for i in readers.indices where i == library.current || !standIns.contains(i) {
            let limit = firstUnsureSlot[i]
            if readers[i].cursor.slot >= limit || readers[i].top.slot >= limit { return false }
        }
        let reader = library.reader
        let lastShown = reader.advanced(reader.top, by: max(0, layout.paneHeight - 1))
        if lastShown.slot >= firstUnsureSlot[library.current] { return false }
        guard layout.treeWidth > 0 else { return true }
        for row in tree.top..<(tree.top + layout.paneHeight) {
            guard let row = tree.row(row, in: readers) else {
                if readers.indices.contains(where: { firstUnsureSlot[$0] < readers[$0].index.slotCount }) {
                    return false
                }
                continue
            }
            if standIns.contains(row.file) { return false }
            guard let entry = row.entry else { continue }
            let reader = readers[row.file]
            if reader.position(of: reader.treeEntries[entry].target).slot >= firstUnsureSlot[row.file] { return false }
        }
        return true
    }
}
