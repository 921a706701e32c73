extension Document {
    /// For a document made from a file's first part (`LeadingPart`): how many of its paragraphs the whole file's
    /// document has alike — same index, text, role and speech, in speeches split, titled, numbered and checked
    /// alike, so with the same reading positions, ids and numbering findings.
    ///
    /// A speech is settled once the next one has begun: its outline, sequences such as 首先…其次 and announced
    /// counts look no further than its end. So the paragraphs alike are those of every speech but the part's
    /// last — and, because the noise filter treats the last `NoiseFilter.edgeLines` non-blank lines of a text as
    /// its edge, not within those lines (with a margin). A part holding a single speech has none alike.
    package var paragraphsAlikeInWholeFile: Int {
        let margin = NoiseFilter.edgeLines + SpeechSplitter.maximumTitleLines + 16
        // The non-blank lines are the paragraphs' and the dropped lines', both in line order: count back.
        var p = paragraphs.count
        var d = droppedLines.count
        var counted = 0
        while counted < margin, p > 0 || d > 0 {
            if d == 0 || (p > 0 && paragraphs[p - 1].line > droppedLines[d - 1].line) { p -= 1 } else { d -= 1 }
            counted += 1
        }
        guard counted == margin, let last = speeches.last else { return 0 }
        return min(p, last.paragraphRange.lowerBound)
    }
}
