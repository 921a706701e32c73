/// Documents to read, staged for a reader that shows something at once: a big text file as its first part (the
/// whole file loads later through `loadWhole`), and of many files the first ones read now, the others as
/// stand-ins (`Document.standIn`) read by `loadWhole`; every other file whole. LecternFormats stages one
/// (`DocumentOpener.openForReading`), the terminal reader opens it as it is, and tests build one by hand. Files
/// read now with nothing to read are left out and named in `notices`; a stand-in with nothing to read comes
/// back from `loadWhole` empty.
package struct ReadingOpening: Sendable {
    /// Shown from the first frame: whole documents, or first parts and stand-ins while `loadWhole` runs.
    package let shown: [Document]
    /// Indices in `shown` of first parts.
    package let firstParts: Set<Int>
    /// Indices in `shown` of stand-ins for files not read yet, of which nothing is sure.
    package let standIns: Set<Int>
    /// One line for each file left out because it has no text (empty, or only page chrome).
    package let notices: [String]
    /// Loads every shown document whole, in order (those whole already are handed back as they are); nil when
    /// nothing is a first part or a stand-in.
    package let loadWhole: (@Sendable () -> Result<[Document], DocumentLoadError>)?

    package init(
        shown: [Document], firstParts: Set<Int> = [], standIns: Set<Int> = [], notices: [String] = [],
        loadWhole: (@Sendable () -> Result<[Document], DocumentLoadError>)? = nil
    ) {
        self.shown = shown
        self.firstParts = firstParts
        self.standIns = standIns
        self.notices = notices
        self.loadWhole = loadWhole
    }

    /// Per shown document, how many of its paragraphs are sure to be the same in the whole document: all of
    /// them for a whole one, `paragraphsAlikeInWholeFile` for a first part (none of a stand-in, which has none).
    package var alikeParagraphs: [Int] {
        shown.indices.map {
            firstParts.contains($0) ? shown[$0].paragraphsAlikeInWholeFile : shown[$0].paragraphs.count
        }
    }
}
