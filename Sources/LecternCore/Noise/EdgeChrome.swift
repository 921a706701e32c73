/// Main-text detection at a document's edges, after the single-line rules have run.
///
/// Adapted from boilerplate removal (jusText, Boilerpipe) to plain-text Chinese: the body of a document is the
/// stretch from its first to its last line of real text (long enough, with sentence punctuation, or a numbered
/// heading). Before it lies the head: site chrome, then the title block (title, subtitle, date, speaker,
/// salutation, with metadata fields among them). After it lies the tail. In the head everything up to the last
/// chrome line before the title block is chrome, whatever its words; in the tail everything from the first
/// chrome line on is. Lines that no rule names but that stand between chrome lines (a menu's items, a
/// breadcrumb's parts, a toolbar's buttons) go with them. A title, a heading or a salutation is never chrome.
enum EdgeChrome {
    /// A line counts as text from this many characters, when it has sentence punctuation.
    static let shortestTextScalars = 16

    static func mark(_ rules: inout [NoiseRule?], _ contents: [LineContent], in bytes: UnsafeBufferPointer<UInt8>) {
        guard !contents.isEmpty else { return }
        let lines = Lines(contents: contents, bytes: bytes)
        // A headline link with commas reads like text; the edge shapes are asked before a line counts.
        func unnamed(_ i: Int) -> Bool {
            rules[i] == nil
                && (lines.range(i).count > PageChromeLine.longestBytes
                    || PageChromeLine.rule(for: lines.string(i)) == nil)
        }
        guard let firstText = contents.indices.first(where: { lines.isBodyStart($0) && unnamed($0) }),
            let lastText = contents.indices.last(where: { lines.isText($0) && unnamed($0) })
        else { return }
        markHead(&rules, lines, before: firstText)
        if lastText >= firstText { markTail(&rules, lines, after: lastText) }
    }

    private static func markHead(_ rules: inout [NoiseRule?], _ lines: Lines, before firstText: Int) {
        guard firstText > 0 else { return }
        markShapes(&rules, lines, 0..<firstText)
        // The title block: walk back from the text over salutation, speaker, byline and metadata lines to the
        // subtitle or date line if there is one, then take the title lines just before it.
        let kinds = (0..<firstText).map { rules[$0] == nil ? lines.headingKind($0) : .other }
        var anchor = firstText
        if let subtitle = (0..<firstText).last(where: {
            rules[$0] == nil && (kinds[$0] == .subtitle || kinds[$0] == .date)
        }) {
            anchor = subtitle
            while anchor > 0, rules[anchor - 1] == nil, kinds[anchor - 1].isTitleCompanion { anchor -= 1 }
        }
        var end = anchor
        while end > 0, rules[end - 1] != nil || kinds[end - 1] == .salutation || kinds[end - 1].isTitleCompanion {
            end -= 1
        }
        var start = end
        while start > 0, end - start < SpeechSplitter.maximumTitleLines, rules[start - 1] == nil,
            kinds[start - 1] == .titleCandidate
        {
            start -= 1
        }
        let blockStart = start < end ? start : min(anchor, end)
        // Everything up to the last chrome line before the title block is chrome.
        guard let lastChrome = (0..<blockStart).last(where: { rules[$0] != nil }) else { return }
        for i in 0..<lastChrome where rules[i] == nil { rules[i] = .pageHead }
    }

    private static func markTail(_ rules: inout [NoiseRule?], _ lines: Lines, after lastText: Int) {
        let tail = (lastText + 1)..<lines.contents.count
        guard !tail.isEmpty else { return }
        markShapes(&rules, lines, tail)
        guard let firstChrome = tail.first(where: { rules[$0] != nil }) else { return }
        for i in firstChrome..<tail.upperBound where rules[i] == nil { rules[i] = .pageTail }
    }

    /// The edge-only shapes, and the chrome that spans lines: a bracketed toolbar (【字号： / 加大 / 还原 / 】), a
    /// breadcrumb split at its separators (首页 / > / 要闻), a field label whose value is on the next line.
    private static func markShapes(_ rules: inout [NoiseRule?], _ lines: Lines, _ range: Range<Int>) {
        var insideBrackets = false
        var previous = ""
        var breadcrumbOpen = false  // the previous line was a breadcrumb's label, separator or part
        for i in range {
            // Chrome lines are short; a long line (a flattened page) is never read as a string here.
            guard lines.range(i).count <= PageChromeLine.longestBytes else {
                insideBrackets = false
                previous = ""
                breadcrumbOpen = false
                continue
            }
            let text = lines.string(i)
            let short = text.unicodeScalars.count <= 24
            let pointsOn =
                text.hasSuffix(">") || text.hasSuffix("＞") || text.hasSuffix("»") || BreadcrumbLabel.matches(text)
            if rules[i] == nil, short, insideBrackets { rules[i] = .toolbar }
            if rules[i] == nil, let rule = PageChromeLine.rule(for: text) { rules[i] = rule }
            // The value of a field left empty (阅读量：), unless it is a line of the title block.
            if rules[i] == nil, short, PageChromeLine.endsWithEmptyField(previous),
                !lines.headingKind(i).isTitleCompanion || lines.headingKind(i) == .byline
            {
                rules[i] = .pageMetadata
            }
            if rules[i] == nil, short,
                pointsOn
                    || breadcrumbOpen
                        && (previous.hasSuffix(">") || previous.hasSuffix("＞")
                            || previous.hasSuffix("»") || BreadcrumbLabel.standsAlone(previous) || previous == text)
            {
                rules[i] = .breadcrumb
            }
            breadcrumbOpen = pointsOn || rules[i] == .breadcrumb || text == "首页"
            // 【字号： opens a bracketed toolbar that 】 closes some lines later.
            if let open = text.lastIndex(where: { $0 == "【" || $0 == "[" }) {
                insideBrackets = !text[open...].contains(where: { $0 == "】" || $0 == "]" })
            } else if text.containsBytes("】") || text.containsBytes("]") {
                insideBrackets = false
            }
            previous = text
        }
    }

    /// Reads the contents near the edges; strings are made only for these lines.
    private struct Lines {
        let contents: [LineContent]
        let bytes: UnsafeBufferPointer<UInt8>

        func range(_ i: Int) -> Range<Int> { contents[i].start..<contents[i].end }

        func string(_ i: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range(i)]), as: UTF8.self)
        }

        /// Real text: long enough and with sentence punctuation.
        func isText(_ i: Int) -> Bool {
            let r = range(i)
            guard r.count >= shortestTextScalars * 2 else { return false }
            var scalars = 0
            var sentenceMarks = 0
            var commas = 0
            var p = r.lowerBound
            while p < r.upperBound {
                let (value, length) = UTF8Text.scalar(in: bytes, at: p)
                let s = UTF8Text.folded(value)
                if Scalar.endsSentence(s) { sentenceMarks += 1 } else if s == Scalar.comma { commas += 1 }
                scalars += 1
                p += length
            }
            return scalars >= shortestTextScalars && (sentenceMarks > 0 || commas >= 2)
        }

        /// Where the body may begin: real text, or a numbered heading.
        func isBodyStart(_ i: Int) -> Bool {
            isText(i) || MarkerRecognizer.leadingMarker(in: bytes, range(i)) != nil
        }

        func headingKind(_ i: Int) -> HeadingLine {
            HeadingLine.classify(
                bytes, range(i), hasLeadingMarker: MarkerRecognizer.leadingMarker(in: bytes, range(i)) != nil)
        }
    }
}

/// 当前位置： 您的位置: — the label a breadcrumb starts with.
enum BreadcrumbLabel {
    static let labels = ["当前位置", "您的位置", "你的位置", "您现在的位置", "你现在的位置", "所在位置", "当前页面"]

    static func matches(_ line: String) -> Bool { labels.contains { line.hasPrefix($0) } }

    /// The label with nothing after it but its colon: the breadcrumb's parts follow on the next lines. A label
    /// with its parts on the same line ("当前位置：首页 > 讲话") is a whole breadcrumb and continues nothing.
    static func standsAlone(_ line: String) -> Bool {
        labels.contains { label in
            guard line.hasPrefix(label) else { return false }
            return line.dropFirst(label.count).allSatisfy { $0 == "：" || $0 == ":" || $0 == " " || $0 == "\u{3000}" }
        }
    }
}
