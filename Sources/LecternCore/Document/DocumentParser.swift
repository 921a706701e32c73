/// The recognition pipeline: decoded text → lines → paragraphs → noise filter → speeches → outline.
public enum DocumentParser {
    public static func parse(_ text: DecodedText, path: String) -> Document {
        parse(text, path: path, workers: ParallelWork.workerCount(forBytes: text.utf8.count))
    }

    /// `workers` splits the work; the result is the same for any count (tests compare 1 with several).
    static func parse(_ text: DecodedText, path: String, workers: Int) -> Document {
        HeapRoom.make()
        return text.utf8.releasingPages {
            text.utf8.withUnsafeBufferPointer { bytes in parse(text, bytes, path, workers) }
        }
    }

    private static func parse(
        _ text: DecodedText, _ bytes: UnsafeBufferPointer<UInt8>, _ path: String, _ workers: Int
    ) -> Document {
        // Declared first so the paragraphs are bound as a variable: a copy from a constant is a 20 MB memmove.
        let lines: [SourceLine]
        let dropped: [DroppedLine]
        var paragraphs: [Paragraph]
        let leading: [RecognizedMarker?]
        (lines, dropped, paragraphs, leading) = readingParagraphs(text, bytes, workers)
        let spans = SpeechSplitter.split(paragraphs: paragraphs, leading: leading, in: bytes, workers: workers)
        for (number, span) in zip(1..., spans) {
            for p in span.paragraphRange {
                paragraphs[p].speech = number
                if leading[p] != nil { paragraphs[p].role = .numbered }
            }
            for p in span.titleParagraphs + span.companions { paragraphs[p].role = .title }
            if let salutation = span.salutation { paragraphs[salutation].role = .salutation }
        }
        // Speeches are independent: build groups of them in parallel, then join the node arrays. Several groups a
        // core, of about as many paragraphs each: a speech can be far longer than the others, and two halves by
        // count left one core building alone for a tenth of the outline's time.
        let frozen = paragraphs
        let groups = ParallelWork.balancedRanges(
            spans.map(\.paragraphRange.count), parts: ParallelWork.slices(forWorkers: workers))
        let built = ParallelWork.map(groups.count) { group in
            var builder = OutlineBuilder(bytes: bytes, paragraphs: frozen, headingLevels: text.headingLevels)
            let speeches = groups[group].map { i in
                let span = spans[i]
                let firstNode = builder.nodes.count
                let topLevel = builder.build(speech: i + 1, paragraphRange: span.paragraphRange, leading: leading)
                let (title, inferred) = speechTitle(span, frozen, bytes)
                let block = TitleBlock(span: span, paragraphs: frozen, bytes: bytes)
                let firstLine =
                    span.titleParagraphs.first ?? span.companions.first ?? span.salutation
                    ?? span.paragraphRange.lowerBound
                return Speech(
                    number: i + 1, title: title, titleInferred: inferred, subtitle: block.subtitle,
                    date: block.date, speaker: block.speaker,
                    line: frozen[firstLine].line, paragraphRange: span.paragraphRange,
                    topLevelNodes: topLevel, nodeRange: firstNode..<builder.nodes.count)
            }
            return (speeches, builder.nodes)
        }
        var speeches: [Speech] = []
        let nodes = NodeTableParts.joined(built.map(\.1))
        var delta = 0
        for (groupSpeeches, groupNodes) in built {
            defer { delta += groupNodes.count }
            speeches += groupSpeeches.map { speech in
                var speech = speech
                speech.topLevelNodes = speech.topLevelNodes.map { $0 + delta }
                speech.nodeRange = (speech.nodeRange.lowerBound + delta)..<(speech.nodeRange.upperBound + delta)
                return speech
            }
        }
        return Document(
            path: path, text: text, lines: lines, paragraphs: paragraphs, droppedLines: dropped,
            speeches: speeches, nodes: NodeTable(nodes.finished(text: text.utf8)))
    }

    /// The source lines, the lines the noise filter dropped, the reading paragraphs and the marker leading each.
    /// The line contents passed between the steps (several arrays the size of the text's lines) are gone when
    /// this returns.
    private static func readingParagraphs(
        _ text: DecodedText, _ bytes: UnsafeBufferPointer<UInt8>, _ workers: Int
    ) -> (lines: [SourceLine], dropped: [DroppedLine], paragraphs: [Paragraph], leading: [RecognizedMarker?]) {
        let (lines, contents) = LineScanner.scan(bytes, workers: workers)
        let paged = text.pages != nil
        let (unwrapped, wrappedChrome) =
            paged
            ? NoiseFilter.dropWrappedChrome(contents, lines: lines, in: bytes)
            : (contents, [])
        var (filtered, dropped) = NoiseFilter.filter(unwrapped, in: bytes, workers: workers)
        if !wrappedChrome.isEmpty { dropped = (dropped + wrappedChrome).sorted { $0.line < $1.line } }
        let kept = Reflow.paragraphs(from: filtered, lines: lines, in: bytes, paged: paged, workers: workers)
        let paragraphs = ParallelWork.mapEach(kept.count, parts: workers) { index in
            let content = kept[index]
            return Paragraph(
                index: index, line: content.lineIndex + 1, byteRange: content.start..<content.end,
                codePointOffset: content.codePointOffset, role: .body, speech: 1)
        }
        // A paragraph's first character, kept from the line scan, rules most of them out without a look.
        let leading = ParallelWork.mapEach(kept.count, parts: workers) { p -> RecognizedMarker? in
            guard MarkerRecognizer.mayLead(kept[p].firstScalar) else { return nil }
            return MarkerRecognizer.leadingMarker(in: bytes, kept[p].start..<kept[p].end)
        }
        return (lines, dropped, paragraphs, leading)
    }

    private static func speechTitle(
        _ span: SpeechSpan, _ paragraphs: [Paragraph],
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (String, Bool) {
        func text(_ p: Int) -> String {
            ReadingText.resolvingSoftBreaks(
                String(decoding: UnsafeBufferPointer(rebasing: bytes[paragraphs[p].byteRange]), as: UTF8.self))
        }
        if !span.titleParagraphs.isEmpty { return (TitleBlock.joined(span.titleParagraphs.map(text)), false) }
        // The opening is the first body paragraph; a speech of headings only falls back to its first heading.
        let opening =
            span.paragraphRange.first { paragraphs[$0].role == .body }
            ?? span.paragraphRange.first { paragraphs[$0].role != .salutation && paragraphs[$0].role != .title }
        return (opening.map { TitleInference.title(fromOpening: text($0)) } ?? "", true)
    }
}
