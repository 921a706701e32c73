import Algorithms

/// A recognized document: its decoded text, reading paragraphs, the lines the noise filter dropped,
/// its speeches and the numbered nodes (headings and items) found in them.
///
/// A value built once by `DocumentParser`; every view (CLI output, reader, annotations) reads from it.
public struct Document: Sendable {
    /// The path as the user gave it.
    public let path: String
    public let text: DecodedText
    public let lines: [SourceLine]
    public let paragraphs: [Paragraph]
    public let droppedLines: [DroppedLine]
    public let speeches: [Speech]
    /// Every numbered node of every speech in document order (a pre-order walk of the outline).
    public let nodes: NodeTable

    public var encoding: TextEncoding { text.encoding }

    /// The file's name without its folders, as the user spelled it.
    public var fileName: String { PathText.fileName(path) }

    /// The paragraph's text exactly as written (a paragraph joined from hard-wrapped lines keeps their line feeds).
    public func string(of paragraph: Paragraph) -> String {
        string(bytes: paragraph.byteRange)
    }

    /// The paragraph's text as a reader sees it: `ReadingText` shows a joined paragraph's line feeds.
    public func readingString(of paragraph: Paragraph) -> String {
        ReadingText.resolvingSoftBreaks(string(of: paragraph))
    }

    public func string(bytes range: Range<Int>) -> String {
        text.utf8.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }

    /// The 1-based source line holding code point `offset` (a joined paragraph spans several lines).
    public func line(containingCodePoint offset: Int) -> Int {
        max(1, lines.partitioningIndex { $0.codePointOffset > offset })
    }

    /// The 1-based source line holding byte `offset` of the text.
    public func line(containingByte offset: Int) -> Int {
        max(1, lines.partitioningIndex { $0.start > offset })
    }

    /// The text of a 1-based source line, as written.
    public func string(ofLine number: Int) -> String {
        let line = lines[number - 1]
        return string(bytes: line.start..<line.end)
    }

    /// The node with this dotted id (the first one, if the document numbers two nodes the same).
    public func node(id: String) -> NumberedNode? {
        nodes.firstIndex(ofID: id).map { nodes[$0] }
    }

    /// The printed page a 1-based line is on, for a document read from a paged format (nil otherwise).
    public func page(ofLine line: Int) -> Int? {
        text.pages?.page(ofLine: line)
    }

    /// Where a line is, as the command line prints it: "line 12", or "p. 3, line 12" in a paged document.
    public func place(ofLine line: Int) -> String {
        page(ofLine: line).map { "p. \($0), line \(line)" } ?? "line \(line)"
    }

    /// Child node indices of a node, or of a speech's root when `parent` is nil.
    public func children(of parent: Int?, inSpeech speech: Int) -> [Int] {
        if let parent { return nodes[parent].children }
        return speeches[speech - 1].topLevelNodes
    }

    /// Reading paragraphs that belong to a node: from its own paragraph up to the next node that is not inside it.
    public func paragraphs(of node: NumberedNode) -> ArraySlice<Paragraph> {
        paragraphs[node.paragraphSpan]
    }
}

/// A source line that the noise filter kept out of the reading text, and why.
public struct DroppedLine: Sendable, Equatable {
    /// 1-based source line.
    public let line: Int
    public let rule: NoiseRule
}
