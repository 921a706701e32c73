extension Document {
    /// For a document made from a file's first part (`LeadingPart`): how many of its paragraphs the whole file's
    /// document has alike — same index, text, role and speech, so the same reading positions and ids.
    ///
    /// Everything is decided from what comes before, except near the end: the noise filter treats the last
    /// `NoiseFilter.edgeLines` non-blank lines as the document's edge (where longer boilerplate lines are
    /// dropped), and title lines go with a salutation that may lie past the cut. Paragraphs from there on are
    /// left out, with a margin.
    public var paragraphsAlikeInWholeFile: Int {
        let margin = NoiseFilter.edgeLines + SpeechSplitter.maximumTitleLines + 16
        // The non-blank lines are the paragraphs' and the dropped lines', both in line order: count back.
        var p = paragraphs.count, d = droppedLines.count, counted = 0
        while counted < margin, p > 0 || d > 0 {
            if d == 0 || (p > 0 && paragraphs[p - 1].line > droppedLines[d - 1].line) { p -= 1 } else { d -= 1 }
            counted += 1
        }
        return counted < margin ? 0 : p
    }
}
