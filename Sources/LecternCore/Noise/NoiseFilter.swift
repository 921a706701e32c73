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
        var kept: [LineContent] = []
        kept.reserveCapacity(contents.count)
        var dropped: [DroppedLine] = []
        var previousTitleLike: LineContent?
        for (content, rule) in zip(contents, rules) {
            if let rule {
                dropped.append(DroppedLine(line: content.lineIndex + 1, rule: rule))
            } else if isRepeatedTitle(content, after: &previousTitleLike, in: bytes) {
                dropped.append(DroppedLine(line: content.lineIndex + 1, rule: .repeatedTitle))
            } else {
                kept.append(content)
            }
        }
        return (kept, dropped)
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

    /// A short title-like line repeated right after itself (scraped pages repeat the title) is kept once.
    /// `previous` is the last kept line when it was title-like; updated here for each line kept.
    private static func isRepeatedTitle(
        _ content: LineContent, after previous: inout LineContent?, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let length = content.end - content.start
        // A title-like line is short and ends no sentence: the scan's last character tells, not the text.
        let titleLike = length <= 150 && !endsWithSentencePunctuation(content)
        if titleLike, let previous, previous.end - previous.start == length,
            memcmp(bytes.baseAddress! + previous.start, bytes.baseAddress! + content.start, length) == 0
        {
            return true
        }
        previous = titleLike ? content : nil
        return false
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
