import Algorithms
import Foundation

/// Repairs layout damage before lines become paragraphs: lines hard-wrapped at a near-constant width (text
/// extracted from PDF) are joined into one paragraph, and a page flattened to one physical line is split at its
/// salutation and at markers that follow a space.
///
/// Positions stay those of the source file: a joined paragraph's bytes run from its first line's text to its
/// last line's, line feeds included (readers show a line feed inside a paragraph as nothing, or as a space after a
/// Latin letter or digit: `ReadingText`); a split paragraph is a part of its line.
enum Reflow {
    /// `paged`: the text was extracted from a printed page (PDF), so it is wrapped wherever its lines are long
    /// enough; a text file must show it by the share of its lines at one width.
    static func paragraphs(
        from kept: [LineContent], lines: [SourceLine],
        in bytes: UnsafeBufferPointer<UInt8>, paged: Bool = false, workers: Int = 1
    ) -> [LineContent] {
        // Each line is split on its own, so parts of the lines are split side by side and joined in order. A part
        // with no line long enough to hold a flattened page is left as it is; with none anywhere (most texts), the
        // lines go on as they came, uncopied.
        let ranges = ParallelWork.ranges(kept.count, parts: ParallelWork.slices(forWorkers: workers))
        let parts = ParallelWork.map(ranges.count) { splitFlattened(kept[ranges[$0]], in: bytes) }
        var split = kept
        if parts.contains(where: { $0 != nil }) {
            let counts = ranges.indices.map { k in parts[k]?.count ?? ranges[k].count }
            split = ParallelWork.concatenated(counts) { k, place in
                if let part = parts[k] {
                    _ = place.initialize(from: part)
                } else {
                    _ = place.initialize(from: kept[ranges[k]])
                }
            }
        }
        let joined = joinDanglingOpeners(split, lines: lines, in: bytes)
        return joinHardWrapped(joined, lines: lines, in: bytes, paged: paged)
    }

    // MARK: - Dangling brackets

    /// A line holding only an opening bracket (（ ( 【 [ “), which a page's markup cut from its text, joins the
    /// next line: "（" + "三）改革开放…" is the heading （三）.
    static func joinDanglingOpeners(
        _ contents: [LineContent], lines: [SourceLine],
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> [LineContent] {
        // Most texts have none: the lines' first characters and lengths, kept from the scan, say so without a look
        // at the text, and the lines go on uncopied.
        guard contents.contains(where: mayBeOpenerAlone) else { return contents }
        var out: [LineContent] = []
        out.reserveCapacity(contents.count)
        var k = 0
        while k < contents.count {
            let content = contents[k]
            if k + 1 < contents.count, contents[k + 1].lineIndex == content.lineIndex + 1,
                isOpenerAlone(content, in: bytes)
            {
                out.append(content.joined(through: contents[k + 1]))
                k += 2
            } else {
                out.append(content)
                k += 1
            }
        }
        return out
    }

    private static func isOpenerAlone(_ content: LineContent, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mayBeOpenerAlone(content) else { return false }
        return content.start + UTF8Text.scalar(in: bytes, at: content.start).length == content.end
    }

    /// A line of one character at most three bytes long, an opening bracket: what `isOpenerAlone` then checks.
    private static func mayBeOpenerAlone(_ content: LineContent) -> Bool {
        let s = content.firstScalar  // folded
        return content.end - content.start <= 3
            && (s == Scalar.openParen || s == 0x5B || s == 0x3010 /* 【 */ || s == Scalar.leftDoubleQuote)
    }

    // MARK: - Flattened lines

    /// A line this long may hold a whole page flattened; shorter ones are left as they are.
    static let shortestFlattenedBytes = 600

    /// `contents` with each flattened line split; nil when none is long enough to be one.
    static func splitFlattened(_ contents: ArraySlice<LineContent>, in bytes: UnsafeBufferPointer<UInt8>)
        -> [LineContent]?
    {
        guard contents.contains(where: { $0.end - $0.start >= shortestFlattenedBytes }) else { return nil }
        var out: [LineContent] = []
        out.reserveCapacity(contents.count)
        for content in contents {
            guard content.end - content.start >= shortestFlattenedBytes else {
                out.append(content)
                continue
            }
            var segmentStart = content.start
            var codePoints = content.codePointOffset
            func cut(_ end: Int, next: Int) {
                guard end > segmentStart else { return }
                out.append(
                    LineContent(
                        lineIndex: content.lineIndex, start: segmentStart, end: end, codePointOffset: codePoints,
                        in: bytes))
                codePoints += UTF8Text.codePointCount(in: bytes, segmentStart..<next)
                segmentStart = next
            }
            var i = content.start
            var headingStart: Int?  // a heading standing alone on its line before the page was flattened
            while let blankStart = nextBlank(from: i, end: content.end, in: bytes) {
                // A run of blanks: split when what follows opens a paragraph, when a salutation ends before it, or
                // after a short heading (一、过去一年的工作 一年来，…).
                i = blankStart
                while i < content.end, UTF8Text.isBlank(UTF8Text.scalar(in: bytes, at: i).value) {
                    i += UTF8Text.scalar(in: bytes, at: i).length
                }
                guard i < content.end else { break }
                let marker = MarkerRecognizer.leadingMarker(in: bytes, i..<content.end)
                let headingEnds = headingStart.map { blankStart - $0 <= longestHeadingBytes } ?? false
                let opensSalutation = salutationEnd(from: i, end: content.end, in: bytes) != nil
                if opensSalutation, blankStart - segmentStart <= longestTitleBlockBytes {
                    // The title block before the salutation: its date, subtitle and speaker lines were blanks apart.
                    for (end, next) in titleBlockBreaks(segmentStart..<blankStart, in: bytes) { cut(end, next: next) }
                }
                if marker != nil || opensSalutation || endsSalutation(segmentStart..<blankStart, in: bytes)
                    || headingEnds
                {
                    cut(blankStart, next: i)
                }
                headingStart = marker.map { $0.family.isItem ? nil : i } ?? nil
            }
            cut(content.end, next: content.end)
        }
        return out
    }

    /// The next ASCII space or ideographic space (E3 80 80) at or after `i`, found with memchr and memmem.
    private static func nextBlank(from i: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, i < end else { return nil }
        var found = end
        if let hit = memchr(base + i, 0x20, end - i) {
            found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        // U+3000 is E3 80 80: look at each E3 before the space found.
        var j = i
        while j + 2 < found, let hit = memchr(base + j, 0xE3, found - j - 2) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if bytes[at + 1] == 0x80, bytes[at + 2] == 0x80 {
                found = at
                break
            }
            j = at + 1
        }
        return found < end ? found : nil
    }

    /// A title block flattened onto one line is at most this long.
    static let longestTitleBlockBytes = 400

    /// Where a flattened title block breaks: before each blank-separated piece that is a subtitle or a date, and
    /// before a name that follows a date (在…上的讲话提纲 （2018年9月3日） 马卫光).
    private static func titleBlockBreaks(_ segment: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [(Int, Int)] {
        var pieces: [(start: Int, end: Int)] = []  // blank-separated pieces, as byte ranges
        var i = segment.lowerBound
        while i < segment.upperBound {
            let start = i
            while i < segment.upperBound, !UTF8Text.isBlank(UTF8Text.scalar(in: bytes, at: i).value) {
                i += UTF8Text.scalar(in: bytes, at: i).length
            }
            pieces.append((start, i))
            while i < segment.upperBound, UTF8Text.isBlank(UTF8Text.scalar(in: bytes, at: i).value) {
                i += UTF8Text.scalar(in: bytes, at: i).length
            }
        }
        var breaks: [(Int, Int)] = []
        var previousKind: HeadingLine?
        for k in pieces.indices.dropFirst() {
            let kind = HeadingLine.classify(bytes, pieces[k].start..<pieces[k].end, hasLeadingMarker: false)
            if kind == .subtitle || kind == .date || kind == .speaker && previousKind == .date {
                breaks.append((pieces[k - 1].end, pieces[k].start))
            }
            previousKind = kind
        }
        return breaks
    }

    /// A heading that ran into its body when the page was flattened is at most this long.
    static let longestHeadingBytes = 150

    /// The end of a salutation (同志们： 各位代表：) starting at `i`.
    private static func salutationEnd(from i: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // A salutation opens with a Chinese word: a Latin or digit start (most blanks in mixed text) is not one.
        guard i < end, bytes[i] >= 0xE0 else { return nil }
        var j = i
        var scalars = 0
        let first = UTF8Text.scalar(in: bytes, at: i).value
        var previous: UInt32 = 0
        while j < end, scalars < 30 {
            let (value, length) = UTF8Text.scalar(in: bytes, at: j)
            j += length
            scalars += 1
            defer { previous = value }
            if UTF8Text.folded(value) == Scalar.colon {
                guard SalutationMatcher.mayBeSalutation(first: first, lastBeforeColon: previous) else { return nil }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
                return SalutationMatcher.isSalutation(text) ? j : nil
            }
        }
        return nil
    }

    private static func endsSalutation(_ segment: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        segment.count <= longestSalutationBytes
            && salutationEnd(from: segment.lowerBound, end: segment.upperBound, in: bytes) == segment.upperBound
    }

    /// 30 characters: what `salutationEnd` reads.
    static let longestSalutationBytes = 120

    // MARK: - Hard-wrapped lines

    /// The least number of lines at the wrap width for a text to count as hard-wrapped, and their least share.
    static let fewestWrappedLines = 8
    static let leastWrappedShare = 0.3
    /// Columns a full line may fall short of the width (punctuation kept off a line start, half-width digits).
    static let widthSlack = 4
    /// A printed page's first lines lose their two-character indent in extraction and may break a column early
    /// before a half-width character.
    static let pagedWidthSlack = 6
    static let sampledLines = 2_000

    static func joinHardWrapped(
        _ contents: [LineContent], lines: [SourceLine],
        in bytes: UnsafeBufferPointer<UInt8>, paged: Bool = false
    ) -> [LineContent] {
        guard contents.count >= fewestWrappedLines,
            let width = wrapWidth(contents, lines: lines, in: bytes, paged: paged)
        else {
            return contents
        }
        var out: [LineContent] = []
        out.reserveCapacity(contents.count)
        var open: LineContent?
        var openEndsFull = false
        for content in contents {
            if let paragraph = open, openEndsFull,
                continues(content, after: paragraph, lines: lines, in: bytes)
            {
                open = paragraph.joined(through: content)
            } else {
                if let paragraph = open { out.append(paragraph) }
                open = content
            }
            openEndsFull = isFull(content, width: width, slack: paged ? pagedWidthSlack : widthSlack, in: bytes)
        }
        if let paragraph = open { out.append(paragraph) }
        return out
    }

    /// The width most lines are cut at, when the text is hard-wrapped: the commonest column count among lines
    /// that do not end a sentence, if enough lines share it and most of them run on into the next line.
    static func wrapWidth(
        _ contents: [LineContent], lines: [SourceLine], in bytes: UnsafeBufferPointer<UInt8>,
        paged: Bool = false
    ) -> Int? {
        var counts: [Int: Int] = [:]
        // The first lines tell: extracted text is wrapped throughout, and a huge file need not be measured whole.
        let sample = contents.prefix(sampledLines)
        // A line takes no more columns than it has bytes (a two-column character has two bytes or more), so one
        // under 20 bytes is under 20 columns: a folder's small files have every line sampled.
        func isCandidate(_ content: LineContent) -> Bool {
            (20...600).contains(content.end - content.start) && !endsSentence(content)
        }
        // The lines near the width are among these: when too few for the share asked below, no width can qualify,
        // and the columns need not be counted (most texts, whose lines end sentences).
        let candidates = sample.reduce(0) { $0 + (isCandidate($1) ? 1 : 0) }
        guard candidates >= fewestWrappedLines, paged || Double(candidates) >= leastWrappedShare * Double(sample.count)
        else { return nil }
        for content in sample where isCandidate(content) {
            let c = columns(content, in: bytes)
            guard c >= 20 else { continue }
            counts[c, default: 0] += 1
        }
        guard let (commonest, commonestCount) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else {
            return nil
        }
        // Paragraphs of two or three lines make their indented first lines the commonest width; the full width is
        // then a little wider, with nearly as many lines.
        let mode =
            counts.filter {
                $0.key > commonest && $0.key <= commonest + widthSlack + 2 && $0.value * 3 >= commonestCount
            }
            .map(\.key).max() ?? commonest
        // Full lines fall short of the width by up to the slack (a first line's indent, which extraction drops, or
        // punctuation kept off a line start) and pass it by a half-width character or two.
        let near = counts.filter { $0.key <= mode + 2 && $0.key >= mode - widthSlack }.values.reduce(0, +)
        guard near >= fewestWrappedLines,
            paged || Double(near) >= leastWrappedShare * Double(sample.count)
        else { return nil }
        // Lines of one length that stand alone (a list, a template) are not wrapped: most full lines must run on.
        let runOn = zip(sample, sample.dropFirst()).filter { line, next in
            isFull(line, width: mode, slack: paged ? pagedWidthSlack : widthSlack, in: bytes)
                && continues(next, after: line, lines: lines, in: bytes)
        }.count
        return runOn * 2 >= near ? mode : nil
    }

    /// A line cut at the width: as wide as the others (its bytes bound its columns, so most lines are never
    /// measured) and not ending a sentence.
    private static func isFull(_ content: LineContent, width: Int, slack: Int, in bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let length = content.end - content.start
        // Columns lie between a line's bytes / 1.5 (all Chinese) and its bytes (all ASCII).
        guard length >= width - slack, length * 2 <= (width + 2) * 3 else { return false }
        return columns(content, in: bytes) >= width - slack && !endsSentence(content)
    }

    /// The next line carries on the paragraph: the very next line, not indented, not a marker or a salutation.
    /// A paragraph's bytes are one stretch of the file, so a paragraph running on past a page break (its number
    /// and headers dropped between) stays two paragraphs.
    private static func continues(
        _ next: LineContent, after paragraph: LineContent, lines: [SourceLine],
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard next.lineIndex == lastLineIndex(of: paragraph, lines: lines) + 1,
            lines[next.lineIndex].start == next.start
        else { return false }  // indented: a new paragraph
        return
            (!MarkerRecognizer.mayLead(next.firstScalar)
            || MarkerRecognizer.leadingMarker(in: bytes, next.start..<next.end) == nil)
            && salutationEnd(from: next.start, end: next.end, in: bytes) == nil
    }

    /// The source line holding a content's last byte.
    private static func lastLineIndex(of content: LineContent, lines: [SourceLine]) -> Int {
        lines[content.lineIndex...].partitioningIndex { $0.start > content.end } - 1
    }

    /// Columns as a Chinese page sets them: two for East Asian wide characters and for the punctuation that is
    /// ambiguous elsewhere but a full cell in Chinese text (—— “” ‘’ … · ① ■), one for the rest.
    static func columns(_ content: LineContent, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = content.start
        var total = 0
        while i < content.end {
            // U+3000–U+9FFF (leads E3–E9: CJK punctuation, kana, ideographs) are all wide: no decoding.
            if bytes[i] >= 0xE3, bytes[i] <= 0xE9, i + 3 <= content.end {
                total += 2
                i += 3
                continue
            }
            let (value, length) = UTF8Text.scalar(in: bytes, at: i)
            let wide =
                (value >= 0x1100 && value <= 0x115F) || (value >= 0x2E80 && value <= 0xA4CF)
                || (value >= 0x2014 && value <= 0x201F) || value == 0x2026 || value == 0x00B7
                || (value >= 0x2460 && value <= 0x24FF) || (value >= 0x25A0 && value <= 0x25FF)
                || (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0xF900 && value <= 0xFAFF)
                || (value >= 0xFE30 && value <= 0xFE4F) || (value >= 0xFF00 && value <= 0xFF60)
                || (value >= 0xFFE0 && value <= 0xFFE6) || value >= 0x20000
            total += wide ? 2 : 1
            i += length
        }
        return total
    }

    private static func endsSentence(_ content: LineContent) -> Bool {
        let s = content.lastScalar
        return Scalar.endsSentence(s) || s == Scalar.colon || s == 0x201D /* ” */
    }
}
