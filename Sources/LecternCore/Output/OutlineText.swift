/// Plain-text views of a document for the command line: the indented outline, requirement lists, one
/// requirement with its body, and the reading text. Document text and file names pass through `TerminalSafeText`
/// one line each, so a line break or tab inside them cannot break the layout (the executable's `Console` makes the
/// whole safe again on the way out).
public enum OutlineText {
    public static func outline(_ document: Document, depth: Int? = nil) -> String {
        String(decoding: outlineUTF8(document, depth: depth), as: UTF8.self)
    }

    /// The outline as UTF-8, for printing without a String in between.
    public static func outlineUTF8(_ document: Document, depth: Int? = nil) -> [UInt8] {
        var sink = UTF8ArraySink()
        writeOutline(document, depth: depth, to: &sink)
        return sink.bytes
    }

    /// The outline written to `sink` a few hundred kilobytes at a time, whole lines each: a big document's outline
    /// (20 MB for a 100 MB text) is never held whole. Groups of speeches are rendered side by side, one per core,
    /// and written in order; a speech too big for a group (one speech of 200,000 requirements) is written as it is
    /// rendered, 64 KB at a time.
    /// Titles are read from the text: a mapped text's pages are handed back as the outline is written.
    public static func writeOutline(_ document: Document, depth: Int? = nil, to sink: inout some UTF8Sink) {
        document.text.utf8.releasingPages {
            writeOutline(
                document, depth: depth, to: &sink, linesEach: 4096,
                workers: ParallelWork.workerCount(forBytes: document.nodes.count * 64))
        }
    }

    /// `linesEach` sizes the groups and `workers` splits the work; the output is the same for any of them.
    static func writeOutline(
        _ document: Document, depth: Int?, to sink: inout some UTF8Sink, linesEach: Int, workers: Int
    ) {
        var head = UTF8Builder()
        head.append(TerminalSafeText.sanitize(document.path))
        head.append(" (\(document.encoding.rawValue))\n")
        head.flush(to: &sink, atLeast: 1)
        let groups = speechGroups(document, linesEach: linesEach)
        var next = 0
        while next < groups.count {
            if lineCount(document, groups[next]) > 4 * linesEach {
                var out = UTF8Builder()
                render(document, speeches: groups[next], depth: depth, into: &out) { $0.flush(to: &sink) }
                out.flush(to: &sink, atLeast: 1)
                next += 1
                continue
            }
            var end = next
            while end < min(groups.count, next + workers), lineCount(document, groups[end]) <= 4 * linesEach {
                end += 1
            }
            let batch = groups[next..<end]
            let rendered = ParallelWork.map(batch.count) { i in
                var out = UTF8Builder()
                // About a line's worth each, so the piece is not copied as it grows.
                out.bytes.reserveCapacity(lineCount(document, batch[batch.startIndex + i]) * 128)
                render(document, speeches: batch[batch.startIndex + i], depth: depth, into: &out) { _ in }
                return out
            }
            // `render` makes every piece of document text safe as it appends it, so the sink need not look again,
            // unless a mapped file was written over while the pieces were made (looked at after they were: a
            // title known safe may then have been copied from new bytes). Those pieces the sink checks.
            let unchanged = !document.text.utf8.isChangedOnDisk
            for piece in rendered {
                piece.bytes.withUnsafeBufferPointer { unchanged ? sink.writeSafe($0) : sink.write($0) }
            }
            next = end
        }
    }

    /// Lines of the outline that `speeches` give: a line for each speech and each of its nodes.
    private static func lineCount(_ document: Document, _ speeches: Range<Int>) -> Int {
        document.speeches[speeches].reduce(0) { $0 + 1 + $1.nodeRange.count }
    }

    /// Consecutive speeches in groups of about `linesEach` outline lines (a speech's line and its nodes').
    private static func speechGroups(_ document: Document, linesEach: Int) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        var lines = 0
        for (i, speech) in document.speeches.enumerated() {
            lines += 1 + speech.nodeRange.count
            if lines >= linesEach {
                groups.append(start..<(i + 1))
                (start, lines) = (i + 1, 0)
            }
        }
        if start < document.speeches.count { groups.append(start..<document.speeches.count) }
        return groups
    }

    /// The outline lines of `speeches` (indices into the document's speeches), appended to `out`; `lineDone` is
    /// called after each line (to write what has gathered). Terminal-safe by construction: ids, markers and titles
    /// go through the node storage's safe appends (checked, or known safe since extraction), speech titles through
    /// `TerminalSafeText`, and the rest is numbers and fixed words.
    private static func render(
        _ document: Document, speeches: Range<Int>, depth: Int?, into out: inout UTF8Builder,
        lineDone: (inout UTF8Builder) -> Void
    ) {
        // Built as UTF-8 bytes: on a big document this is a line for each of many thousand nodes, and a String's
        // appends and interpolation cost more than the text itself.
        // `document.place(ofLine:)`, without a String for each line.
        func appendPlace(_ line: Int) {
            out.append(literal: "  [")
            if let page = document.page(ofLine: line) {
                out.append(literal: "p. ")
                out.append(page)
                out.append(literal: ", ")
            }
            out.append(literal: "line ")
            out.append(line)
            out.append(literal: "]\n")
        }
        // Straight from the node table's records and pool: no node view or String per line, and the pool's and
        // text's bytes taken once. Its own walk, not `NodeTable.walk`: through that one's closure, with all this
        // writer captures, the outline of the 100 MB corpus took 5 % more instructions (retains per node).
        let storage = document.nodes.storage
        let textUnchanged = !document.text.utf8.isChangedOnDisk
        storage.withBytes { pool, text in
            storage.records.withUnsafeBufferPointer { records in
                func walk(_ index: Int) {
                    let record = records[index]
                    if let depth, record.depth > depth { return }
                    out.append(spaces: 2 * Int(record.depth))
                    NodeStorage.appendSafeUTF8(record.id, pool: pool, to: &out.bytes)
                    out.append(literal: "  ")
                    NodeStorage.appendSafeUTF8(record.marker, pool: pool, to: &out.bytes)
                    NodeStorage.appendSafeTitle(
                        of: record, pool: pool, text: text, to: &out.bytes, textUnchanged: textUnchanged)
                    appendPlace(Int(record.line))
                    lineDone(&out)
                    for child in storage.children[Int(storage.childStarts[index])..<Int(storage.childStarts[index + 1])]
                    {
                        walk(Int(child))
                    }
                }
                for speech in document.speeches[speeches] {
                    out.append(speech.number)
                    out.append(literal: "  ")
                    out.append(TerminalSafeText.sanitize(speech.title))
                    if speech.titleInferred { out.append(literal: " (title inferred)") }
                    appendPlace(speech.line)
                    lineDone(&out)
                    speech.topLevelNodes.forEach(walk)
                }
            }
        }
    }

    public static func requirement(_ node: NumberedNode, in document: Document) -> String {
        var out = "\(node.id)  \(TerminalSafeText.sanitize(node.label))\n"
        let speechTitle = TerminalSafeText.sanitize(document.speeches[node.speech - 1].title)
        let page = document.page(ofLine: node.line).map { "  page \($0)" } ?? ""
        out +=
            "\(TerminalSafeText.sanitize(document.path)):\(node.line)\(page)  speech \(node.speech): \(speechTitle)\n\n"
        if node.isInline {
            out += TerminalSafeText.sanitize(document.string(bytes: node.byteRange)) + "\n"
        } else {
            out +=
                document.paragraphs(of: node).map { TerminalSafeText.sanitize(document.readingString(of: $0)) }
                .joined(separator: "\n\n") + "\n"
        }
        return out
    }

    /// The reading text: every kept paragraph, a blank line between paragraphs, speeches introduced by a rule.
    public static func readingText(_ document: Document) -> String {
        var out = ""
        for speech in document.speeches {
            if speech.number > 1 { out += "\n" }
            let inferred = speech.titleInferred ? "  (title inferred)" : ""
            out += "── \(speech.number) \(TerminalSafeText.sanitize(speech.title))\(inferred) ──\n\n"
            for paragraph in document.paragraphs[speech.paragraphRange] {
                out += TerminalSafeText.sanitize(document.readingString(of: paragraph)) + "\n\n"
            }
        }
        return out
    }

    /// Every source line, numbered; dropped lines marked with ✗ and the rule that dropped them.
    public static func rawText(_ document: Document) -> String {
        var dropped: [Int: NoiseRule] = [:]
        for line in document.droppedLines { dropped[line.line] = line.rule }
        var out = ""
        // A paged document's furniture is not in its text: shown where it stood, with its page for a number.
        var removed = document.text.pages?.removed[...] ?? []
        func printRemoved(before line: Int) {
            while let next = removed.first, next.beforeLine <= line {
                removed = removed.dropFirst()
                let label = "p\(next.page)"
                let padded = String(repeating: " ", count: max(0, 6 - label.count)) + label
                out += "\(padded) ✗ \(TerminalSafeText.sanitize(next.text))    ⟨dropped: \(next.rule.rawValue)⟩\n"
            }
        }
        for number in 1...max(document.lines.count, 1) where number <= document.lines.count {
            printRemoved(before: number)
            let text = TerminalSafeText.sanitize(document.string(ofLine: number))
            let label = String(number)
            let padded = String(repeating: " ", count: max(0, 6 - label.count)) + label
            if let rule = dropped[number] {
                out += "\(padded) ✗ \(text)    ⟨dropped: \(rule.rawValue)⟩\n"
            } else {
                out += "\(padded)   \(text)\n"
            }
        }
        printRemoved(before: Int.max)
        return out
    }
}
