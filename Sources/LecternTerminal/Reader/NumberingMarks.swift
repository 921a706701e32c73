import LecternCore

/// The nodes whose numbering `DocumentChecker` questions (the tree's `!`), by speech. A speech is checked when
/// the tree first shows it (ReaderApp's update, before the frame is drawn), so opening a big document does not
/// check all of it, and drawing only reads what was checked.
struct NumberingMarks {
    private var nodesBySpeech: [Int: Set<Int>] = [:]

    /// True when the node's speech has been checked and its numbering questioned.
    func isQuestioned(node: Int, speech: Int) -> Bool {
        nodesBySpeech[speech]?.contains(node) ?? false
    }

    mutating func check(speech: Int, in index: DocumentIndex) {
        guard nodesBySpeech[speech] == nil else { return }
        let document = index.document
        var lines: [Int: Int] = [:]
        for n in index.nodes(ofSpeech: speech) where lines[document.nodes[n].line] == nil {
            lines[document.nodes[n].line] = n
        }
        nodesBySpeech[speech] = Set(
            DocumentChecker.numberingFindings(document, speech: speech).compactMap { lines[$0.line] })
    }
}
