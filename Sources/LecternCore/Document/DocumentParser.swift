/// The recognition pipeline: decoded text → lines → paragraphs → noise filter → speeches → outline.
public enum DocumentParser {
    public static func parse(_ text: DecodedText, path: String) -> Document {
        text.utf8.withUnsafeBufferPointer { bytes in
            let (lines, contents) = LineScanner.scan(bytes)
            let (kept, dropped) = NoiseFilter.filter(contents, in: bytes)
            var paragraphs = kept.enumerated().map { index, content in
                Paragraph(index: index, line: content.lineIndex + 1, byteRange: content.start..<content.end,
                          codePointOffset: content.codePointOffset, role: .body, speech: 1)
            }
            let leading = paragraphs.map { MarkerRecognizer.leadingMarker(in: bytes, $0.byteRange) }
            let spans = SpeechSplitter.split(paragraphs: paragraphs, leading: leading, in: bytes)
            for (number, span) in zip(1..., spans) {
                for p in span.paragraphRange {
                    paragraphs[p].speech = number
                    if leading[p] != nil { paragraphs[p].role = .numbered }
                }
                for p in span.titleParagraphs { paragraphs[p].role = .title }
                if let salutation = span.salutation { paragraphs[salutation].role = .salutation }
            }
            var builder = OutlineBuilder(bytes: bytes, paragraphs: paragraphs)
            var speeches: [Speech] = []
            for (number, span) in zip(1..., spans) {
                let firstNode = builder.nodes.count
                let topLevel = builder.build(speech: number, paragraphRange: span.paragraphRange, leading: leading)
                let (title, inferred) = speechTitle(span, paragraphs, bytes)
                let firstLine = span.titleParagraphs.first ?? span.salutation ?? span.paragraphRange.lowerBound
                speeches.append(Speech(number: number, title: title, titleInferred: inferred,
                                       line: paragraphs[firstLine].line, paragraphRange: span.paragraphRange,
                                       topLevelNodes: topLevel, nodeRange: firstNode..<builder.nodes.count))
            }
            return Document(path: path, text: text, lines: lines, paragraphs: paragraphs, droppedLines: dropped,
                            speeches: speeches, nodes: builder.nodes)
        }
    }

    private static func speechTitle(_ span: SpeechSpan, _ paragraphs: [Paragraph],
                                    _ bytes: UnsafeBufferPointer<UInt8>) -> (String, Bool) {
        func text(_ p: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[paragraphs[p].byteRange]), as: UTF8.self)
        }
        if let title = span.titleParagraphs.first { return (text(title), false) }
        let opening = span.paragraphRange.first { paragraphs[$0].role != .salutation && paragraphs[$0].role != .title }
        return (opening.map { TitleInference.title(fromOpening: text($0)) } ?? "", true)
    }
}
