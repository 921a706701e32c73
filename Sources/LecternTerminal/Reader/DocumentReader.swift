import LecternCore

/// The reading state of one open document: folds, the reading cursor and the first line shown, jump history,
/// marks and search. Pane sizes are set by `ReaderApp` before each use; the tree's selection is the TreePane's.
public struct DocumentReader {
    public let index: DocumentIndex
    /// Blocks laid out as they are drawn: shared by the copies of this reader (see SharedLayoutCache).
    let layoutCache = SharedLayoutCache()
    public internal(set) var folds = FoldState() {
        didSet { if folds != outline.folds { outline = TreeOutline(index, folds: folds) } }
    }
    /// The heading tree's entries under `folds`, rebuilt with every change to them.
    private(set) var outline: TreeOutline
    /// Nodes whose numbering `DocumentChecker` questions, in the speeches the tree has shown.
    var numberingMarks = NumberingMarks()
    /// The line the reader is at (highlighted in the reading pane).
    public internal(set) var cursor = ReadingPosition(slot: 0)
    /// The first line shown in the reading pane.
    public internal(set) var top = ReadingPosition(slot: 0)
    var history = JumpHistory()
    var marks: [Character: ReadingPosition] = [:]
    var search: SearchState?
    /// Search with regular expressions instead of literally (`:regex`, `:literal`).
    var usesRegex = false
    /// This file's annotations, saved to its sidecar.
    var annotations: FileAnnotations
    /// The passage being selected (visual mode), if any.
    var selection: Selection?
    /// The character last clicked, where a selection started with v begins.
    var pointer: TextPoint?
    /// The annotation last gone to or made, preferred when several lie at the cursor.
    var focusedAnnotation: String?
    /// The node last jumped to: a line can hold several inline items, and the one asked for is the one named.
    var jumpedNode: Int?
    /// Columns and rows of the reading pane's text.
    var textWidth = 40
    var textHeight = 10

    public init(_ document: Document, fileSystem: any AnnotationFileSystem = PosixFileSystem()) {
        index = DocumentIndex(document)
        outline = TreeOutline(index, folds: FoldState())
        annotations = FileAnnotations(index: index, fileSystem: fileSystem)
    }

    public var document: Document { index.document }
    var flow: ReadingFlow { ReadingFlow(index: index, folds: folds) }

    func wrapped(_ slot: Int) -> WrappedBlock {
        layoutCache.block(slot: slot, width: max(1, textWidth)) {
            BlockContent.glyphs(of: index.block(atSlot: slot), in: index)
        }
    }

    /// True when a block is folded: a speech header, or a paragraph leading a folded node.
    func isFolded(slot: Int) -> Bool {
        switch index.block(atSlot: slot) {
        case .speechHeader(let k): return folds.speeches.contains(k)
        case .paragraph(let p): return index.leading(ofParagraph: p).map { folds.nodes.contains($0) } ?? false
        }
    }

    /// The line shown under a folded block: what the fold hides.
    func foldSummary(ofSlot slot: Int) -> String? {
        guard isFolded(slot: slot) else { return nil }
        switch index.block(atSlot: slot) {
        case .speechHeader(let k):
            return "▸ \(document.speeches[k - 1].paragraphRange.count) paragraphs folded"
        case .paragraph(let p):
            let node = index.leading(ofParagraph: p)!
            let hidden = document.nodes[node].paragraphSpan.count - 1
            let items = index.subtree(of: node).count - 1
            return "▸ \(hidden) paragraph\(hidden == 1 ? "" : "s")"
                + (items > 0 ? ", \(items) item\(items == 1 ? "" : "s")" : "")
                + " folded"
        }
    }

    /// Lines of a block on screen: its wrapped text, the fold summary if folded, and a blank line after it.
    func lineCount(_ slot: Int) -> Int {
        wrapped(slot).lines.count + (isFolded(slot: slot) ? 1 : 0) + 1
    }

    /// Where a tree entry's target starts in the reading pane.
    func position(of target: FoldTarget) -> ReadingPosition {
        switch target {
        case .speech(let k): return ReadingPosition(slot: index.slot(ofSpeech: k))
        case .node(let n): return position(ofNode: n)
        }
    }

    /// The paragraph at a position, nil on a speech header.
    func paragraph(at position: ReadingPosition) -> Int? {
        if case .paragraph(let p) = index.block(atSlot: position.slot) { return p }
        return nil
    }

    /// Index of the first glyph of a line of a block (its end for the summary and blank lines).
    func glyphOffset(of position: ReadingPosition) -> Int {
        let lines = wrapped(position.slot).lines
        return position.line < lines.count ? lines[position.line].lowerBound : (lines.last?.upperBound ?? 0)
    }

    /// The line of a block holding glyph `offset`.
    func line(ofGlyph offset: Int, inSlot slot: Int) -> Int {
        wrapped(slot).line(ofGlyph: offset)
    }

    /// The glyphs of paragraph `p` made from the text before byte `byte` of the document.
    func glyph(atByte byte: Int, inParagraph p: Int) -> Int {
        let paragraph = document.paragraphs[p]
        return wrapped(index.slot(ofParagraph: p)).sources.glyph(atByte: byte - paragraph.byteRange.lowerBound)
    }
}
