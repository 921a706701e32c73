import Foundation

/// Nests the markers of one speech into numbered nodes.
///
/// Order of appearance decides depth: the first family seen under a node becomes its child level, and a marker
/// of a family already open closes the levels below it. Rank corrects what order alone gets wrong: a heading
/// closes open levels of lower rank (items, or 1. when （一） comes), so an item never holds the next heading.
/// An item continuing a sibling's count in another family (一是, 二是, 三要) stays a sibling; `NumberingChecker`
/// reports the switch. Inline items are leaves under the level open at their paragraph.
struct OutlineBuilder {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let paragraphs: [Paragraph]
    private let headingLevels: [Int: Int]
    private(set) var nodes = NodeTableParts()
    /// The id components given under each parent, for unique ids.
    private var components = NodeComponents()

    init(bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph], headingLevels: [Int: Int] = [:]) {
        self.bytes = bytes
        self.paragraphs = paragraphs
        self.headingLevels = headingLevels
    }

    private struct OpenLevel {
        let family: MarkerFamily
        let node: Int
    }

    /// Builds one speech's nodes; returns the indices of its top-level nodes.
    mutating func build(speech: Int, paragraphRange: Range<Int>, leading: [RecognizedMarker?]) -> [Int] {
        let firstNode = nodes.count
        var topLevel: [Int] = []
        var open: [OpenLevel] = []
        let accepted = SequenceWords.acceptedParagraphs(in: paragraphRange, leading: leading)
        var previousSequenceOrdinal = 0
        var appendices = 0

        for p in paragraphRange where paragraphs[p].role == .body || paragraphs[p].role == .numbered {
            var marker = leading[p]
            if let m = marker, m.family == .appendix {
                // 附件 without a number is the next part.
                appendices = m.ordinal == 0 ? appendices + 1 : m.ordinal
                marker = RecognizedMarker(
                    family: m.family, ordinal: appendices, markerRange: m.markerRange,
                    textRange: m.textRange, isInline: false)
            }
            if marker == nil, LeadSentence.announcesAList(in: bytes, paragraphs[p].byteRange) {
                // "…以下四种意识：" starts a new list beside the last one, not inside its last item.
                while let last = open.last, last.family.isItem { open.removeLast() }
            }
            if let m = marker, m.family == .sequenceWord {
                if accepted.contains(p) {
                    let ordinal = m.ordinal == 0 ? previousSequenceOrdinal + 1 : m.ordinal
                    previousSequenceOrdinal = ordinal
                    marker = RecognizedMarker(
                        family: m.family, ordinal: ordinal, markerRange: m.markerRange,
                        textRange: m.textRange, isInline: false)
                } else {
                    marker = nil
                }
            }
            let inline = InlineItemScanner.items(in: bytes, paragraphs[p].byteRange, leading: marker)
            if let marker {
                let parent =
                    headingLevels[paragraphs[p].line].map { level in
                        // A stated heading level wins: close everything at or below it.
                        open.removeLast(max(0, open.count - (level - 1)))
                        return open.last?.node
                    } ?? place(marker, in: &open)
                let node = append(marker, paragraph: p, speech: speech, parent: parent, inlineAfter: inline.first)
                if parent == nil { topLevel.append(node) }
                open.append(OpenLevel(family: marker.family, node: node))
                // 一是…。二是…。 in one paragraph: the inline ones are siblings; ①② inside 一是, or a list of its
                // own family starting again at 一是, are its children.
                let nested = inline.first { $0.family == marker.family }.map { $0.ordinal == 1 } ?? false
                for item in inline {
                    let itemParent = item.family == marker.family && !nested ? parent : node
                    let added = append(item, paragraph: p, speech: speech, parent: itemParent, inlineAfter: nil)
                    if itemParent == nil { topLevel.append(added) }
                }
            } else if let holder = open.last?.node {
                // An inline list before the first heading previews the sections; it is not numbered itself.
                for item in inline { _ = append(item, paragraph: p, speech: speech, parent: holder, inlineAfter: nil) }
            }
        }
        computeSpans(from: firstNode, speechEnd: paragraphRange.upperBound)
        return topLevel
    }

    /// Closes the levels the marker ends and returns its parent node.
    private func place(_ marker: RecognizedMarker, in open: inout [OpenLevel]) -> Int? {
        if let k = open.lastIndex(where: { $0.family == marker.family }) {
            open.removeSubrange(k...)
            return open.last?.node
        }
        if marker.family.isItem, marker.ordinal > 1,
            let k = open.lastIndex(where: { $0.family.isItem }), Int(nodes[open[k].node].ordinal) == marker.ordinal - 1
        {
            open.removeSubrange(k...)
            return open.last?.node
        }
        while let last = open.last, last.family.rank > marker.family.rank { open.removeLast() }
        return open.last?.node
    }

    private mutating func append(
        _ marker: RecognizedMarker, paragraph p: Int, speech: Int, parent: Int?,
        inlineAfter next: RecognizedMarker?
    ) -> Int {
        let paragraph = paragraphs[p]
        let index = nodes.count
        var textRange = marker.textRange
        if let next { textRange = textRange.lowerBound..<next.markerRange.lowerBound }
        let offset =
            paragraph.codePointOffset
            + UTF8Text.codePointCount(in: bytes, paragraph.byteRange.lowerBound..<marker.markerRange.lowerBound)
        let component = components.next(under: parent, speech: speech, family: marker.family, ordinal: marker.ordinal)
        let id = nodes.storeID(parent: parent, speech: speech, component: component)
        let markerText = nodes.storeReading(bytes, marker.markerRange)
        let (title, titleInText, titleTruncated, titleSafe) = nodes.storeTitle(in: bytes, textRange)
        let line = paragraph.line + lineFeeds(in: paragraph.byteRange.lowerBound..<marker.markerRange.lowerBound)
        nodes.append(
            NodeRecord(
                byteStart: UInt32(marker.markerRange.lowerBound), byteEnd: UInt32(textRange.upperBound),
                codePointOffset: UInt32(offset), ordinal: Int32(marker.ordinal), line: Int32(line),
                paragraphIndex: Int32(p),
                spanEnd: Int32(p + 1), speech: Int32(speech), parent: parent.map { Int32($0) } ?? -1,
                depth: parent.map { nodes[$0].depth + 1 } ?? 1, id: id, marker: markerText, title: title,
                family: marker.family, isInline: marker.isInline, titleInText: titleInText,
                titleTruncated: titleTruncated, titleSafe: titleSafe))
        return index
    }

    /// Line feeds before a marker inside its paragraph: a joined paragraph's items lie on its later lines.
    private func lineFeeds(in range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty,
            memchr(base + range.lowerBound, 0x0A, range.count) != nil
        else { return 0 }
        return bytes[range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// A node covers the paragraphs up to the next node that is not inside it (or the speech's end).
    private mutating func computeSpans(from first: Int, speechEnd: Int) {
        var stack: [Int] = []
        for i in first..<nodes.count {
            while let top = stack.last, nodes[top].depth >= nodes[i].depth {
                close(top, at: Int(nodes[i].paragraphIndex))
                stack.removeLast()
            }
            stack.append(i)
        }
        for top in stack { close(top, at: speechEnd) }
    }

    private mutating func close(_ node: Int, at end: Int) {
        guard !nodes[node].isInline else { return }
        let start = Int(nodes[node].paragraphIndex)
        nodes.setSpanEnd(max(end, start + 1), of: node)
    }
}

/// 首先/其次/再次/最后 number paragraphs only as a sequence: 首先 followed by 其次 before the next heading.
enum SequenceWords {
    static func acceptedParagraphs(in range: Range<Int>, leading: [RecognizedMarker?]) -> Set<Int> {
        var accepted = Set<Int>()
        var run: [Int] = []
        var expected = 1
        func finish() {
            // 首先 … 最后 alone is prose ("首先，感谢…最后，祝…"); 其次 makes it a sequence.
            if run.count >= 2, leading[run[1]]?.ordinal == 2 { accepted.formUnion(run) }
            run = []
            expected = 1
        }
        for p in range {
            guard let marker = leading[p] else { continue }
            guard marker.family == .sequenceWord else {
                if !marker.family.isItem { finish() }
                continue
            }
            if marker.ordinal == 1 {
                finish()
                run = [p]
                expected = 2
            } else if !run.isEmpty, marker.ordinal == expected || marker.ordinal == 0 {
                run.append(p)
                expected += 1
                if marker.ordinal == 0 { finish() }
            }
        }
        finish()
        return accepted
    }
}
