/// What the first frame reads that costs most to work out: the reading pane's blocks wrapped at its width (the
/// tree's numbering marks are checked by the update already). The whole reader is built off the terminal's
/// thread, so it lays them out there, without drawing a frame to throw away.
extension ReaderApp {
    func layOutFirstFrame() {
        _ = reader.shownLines(height: layout.paneHeight)
    }
}
