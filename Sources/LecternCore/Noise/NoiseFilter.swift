import Foundation

/// Keeps page chrome out of the reading text and records every line it drops.
enum NoiseFilter {
    /// Chrome lines are short. Boilerplate phrases are looked for in short lines anywhere and in any line near
    /// the document's edges, where sharing sites put them ("由会员分享…" above the text, "试读结束…" below it).
    static let longestChromeBytes = 240
    static let longestBoilerplateBytes = 480
    static let edgeLines = 100

    static func filter(_ contents: [LineContent], in bytes: UnsafeBufferPointer<UInt8>, workers: Int)
        -> (kept: [LineContent], dropped: [DroppedLine])
    {
        var rules = ParallelWork.mapEach(contents.count, parts: workers) { chromeRule(contents, $0, in: bytes) }
        EdgeChrome.mark(&rules, contents, in: bytes)
        // Whether a line repeats a title depends only on the nearest line before it that no rule dropped, so the
        // lines are sorted in ranges side by side, and the kept ones written into their place on the cores too.
        let ranges = ParallelWork.ranges(contents.count, parts: ParallelWork.slices(forWorkers: workers))
        let parts = ParallelWork.map(ranges.count) { k in droppedLines(ranges[k], contents, rules, in: bytes) }
        let kept: [LineContent] = ParallelWork.concatenated(
            zip(ranges, parts).map { $0.count - $1.positions.count }
        ) { k, place in
            let dropped = parts[k].positions
            var (next, d) = (0, 0)
            for i in ranges[k] {
                if d < dropped.count, dropped[d] == i {
                    d += 1
                } else {
                    (place.baseAddress! + next).initialize(to: contents[i])
                    next += 1
                }
            }
        }
        return (kept, parts.flatMap(\.lines))
    }

    /// The lines of `range` that are dropped, with their rule (`rules`, or a repeated title), and their positions
    /// in `contents`, ascending.
    private static func droppedLines(
        _ range: Range<Int>, _ contents: [LineContent], _ rules: [NoiseRule?], in bytes: UnsafeBufferPointer<UInt8>
    ) -> (lines: [DroppedLine], positions: [Int]) {
        var lines: [DroppedLine] = []
        var positions: [Int] = []
        var previous = range.lowerBound > 0 ? rules[..<range.lowerBound].lastIndex { $0 == nil } : nil
        for i in range {
            let content = contents[i]
            if let rule = rules[i] {
                lines.append(DroppedLine(line: content.lineIndex + 1, rule: rule))
                positions.append(i)
                continue
            }
            if let previous, repeatsTitle(content, contents[previous], in: bytes) {
                lines.append(DroppedLine(line: content.lineIndex + 1, rule: .repeatedTitle))
                positions.append(i)
            }
            previous = i
        }
        return (lines, positions)
    }

    /// Chrome that a printed page's width set on several lines (a paged text: PDF) is recognizable only whole, and
    /// a piece of it that a line rule drops would leave the other pieces as text. So before the line rules, the lines
    /// are joined as reflow would join them, and each joined paragraph, its line feeds left out, is checked as a
    /// line is; a chrome paragraph drops all its lines. The rest go on to the line rules.
    static func dropWrappedChrome(_ contents: [LineContent], lines: [SourceLine], in bytes: UnsafeBufferPointer<UInt8>)
        -> (remaining: [LineContent], dropped: [DroppedLine])
    {
        let paragraphs = Reflow.joinHardWrapped(contents, lines: lines, in: bytes, paged: true)
        guard paragraphs.count < contents.count else { return (contents, []) }
        var droppedLines: [Int: NoiseRule] = [:]
        let tailStart = paragraphs.count - edgeLines
        for (position, paragraph) in paragraphs.enumerated() {
            let span = UnsafeBufferPointer(rebasing: bytes[paragraph.start..<paragraph.end])
            let feeds = span.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            guard feeds > 0 else { continue }
            let joined = span.filter { $0 != 0x0A }
            let rule = joined.withUnsafeBufferPointer { buffer in
                self.rule(
                    for: LineContent(lineIndex: 0, start: 0, end: buffer.count, codePointOffset: 0, in: buffer),
                    in: buffer,
                    nearEdge: position < edgeLines || position >= tailStart)
            }
            if let rule { for k in 0...feeds { droppedLines[paragraph.lineIndex + k] = rule } }
        }
        guard !droppedLines.isEmpty else { return (contents, []) }
        let remaining = contents.filter { droppedLines[$0.lineIndex] == nil }
        let dropped = droppedLines.sorted { $0.key < $1.key }.map { DroppedLine(line: $0.key + 1, rule: $0.value) }
        return (remaining, dropped)
    }

    /// The single-line rules for `contents[position]`; positions near either end of the whole document also get
    /// the boilerplate check on long lines.
    private static func chromeRule(
        _ contents: [LineContent], _ position: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> NoiseRule? {
        let nearEdge = position < edgeLines || position >= contents.count - edgeLines
        return rule(for: contents[position], in: bytes, nearEdge: nearEdge)
    }

    /// A short title-like line repeated right after itself (scraped pages repeat the title) is kept once:
    /// `content` is dropped when it is title-like and the same as `before`, the line before it that no rule
    /// dropped. (A run of copies drops all but the first: each is the same as the one before it.)
    private static func repeatsTitle(
        _ content: LineContent, _ before: LineContent, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let length = content.end - content.start
        // A title-like line is short and ends no sentence: the scan's last character tells, not the text.
        guard length <= 150, !endsWithSentencePunctuation(content), before.end - before.start == length else {
            return false
        }
        return memcmp(bytes.baseAddress! + before.start, bytes.baseAddress! + content.start, length) == 0
    }

    private static func rule(
        for content: LineContent, in bytes: UnsafeBufferPointer<UInt8>,
        nearEdge: Bool
    ) -> NoiseRule? {
        let length = content.end - content.start
        guard length <= (nearEdge ? longestBoilerplateBytes : longestChromeBytes) else { return nil }
        let endsSentence = endsWithSentencePunctuation(content)
        // Away from the edges a sentence can only be boilerplate when it is as short as a menu line.
        let boilerplatePossible = nearEdge || length <= shortLineBytes
        let rulesPossible = !endsSentence && length <= longestChromeBytes
        guard boilerplatePossible || rulesPossible else { return nil }
        let line = UnsafeBufferPointer(rebasing: bytes[content.start..<content.end])
        // A longer line needs a signal to be chrome: most have none, which a quick look shows.
        guard length <= shortLineBytes || ChromeSignals.mayOccur(in: line) else { return nil }
        // A sentence can only be boilerplate (a long one has a signal, found above): its phrases are looked for
        // directly, and its signals and character set need no scan.
        guard rulesPossible else { return BoilerplatePhrases.occurs(searching: line) ? .siteBoilerplate : nil }
        var characters: UInt64 = 0
        let signals =
            boilerplatePossible
            ? ChromeSignals(scanning: line, characterSet: &characters) : ChromeSignals(scanning: line)
        guard length <= shortLineBytes || !signals.isEmpty else { return nil }
        if boilerplatePossible, BoilerplatePhrases.occurs(in: line, characterSet: characters) {
            return .siteBoilerplate
        }
        guard rulesPossible else { return nil }
        let candidates = NoiseClassifier.candidateRules(signals: signals, firstByte: line[0], length: length)
        guard !candidates.isEmpty else { return nil }
        // A short line with no other signal (a heading, mostly) can only be a menu: asked on its bytes, no string.
        if candidates.count == 1, candidates[0] == .toolbar { return NoiseClassifier.isToolbar(line) ? .toolbar : nil }
        return NoiseClassifier.rule(for: String(decoding: line, as: UTF8.self), trying: candidates)
    }

    /// Lines this short may be a lone menu word; longer ones are checked only when they show a sign of chrome
    /// (ASCII, 页, ：, ©, 版, ＞…; see `ChromeSignals`), so most Chinese text lines skip the rules entirely.
    static let shortLineBytes = 45

    /// 。！？ and a closing quote after them end sentences; chrome lines do not end that way.
    private static func endsWithSentencePunctuation(_ content: LineContent) -> Bool {
        let s = content.lastScalar
        return s == Scalar.ideographicPeriod || s == Scalar.exclamation || s == Scalar.question || s == 0x201D
            || s == Scalar.semicolon
    }
}
