/// Compares a count a paragraph announces ("讲三点意见", "以下五种能力") with the items that follow it.
enum AnnouncedCountChecker {
    /// Paragraphs of `range` that announce a count, in order; found in parallel when the range is large.
    static func announcements(in document: Document, paragraphs range: Range<Int>) -> [(Int, CountAnnouncement)] {
        let bytesInRange =
            range.isEmpty
            ? 0
            : document.paragraphs[range.upperBound - 1].byteRange.upperBound
                - document.paragraphs[range.lowerBound].byteRange.lowerBound
        let workers = ParallelWork.workerCount(forBytes: bytesInRange)
        return document.text.utf8.withUnsafeBufferPointer { bytes in
            ParallelWork.inParts(range.count, parts: workers) { part in
                part.compactMap { offset -> (Int, CountAnnouncement)? in
                    let paragraph = document.paragraphs[range.lowerBound + offset]
                    guard paragraph.role == .body || paragraph.role == .numbered,
                        let found = CountAnnouncement.first(in: bytes, paragraph.byteRange)
                    else { return nil }
                    return (paragraph.index, found)
                }
            }
        }
    }

    /// The whole document's paragraphs are read: a mapped text's pages go back as they are.
    static func check(_ document: Document) -> [Diagnostic] {
        document.text.utf8.releasingPages { check(document, paragraphs: 0..<document.paragraphs.count, firstNode: 0) }
    }

    /// Announcements made in one speech.
    static func check(_ document: Document, speech: Speech) -> [Diagnostic] {
        check(document, paragraphs: speech.paragraphRange, firstNode: speech.nodeRange.lowerBound)
    }

    /// Announcements made in `range`, whose nodes start at `firstNode` (each compared with the items after it).
    private static func check(_ document: Document, paragraphs range: Range<Int>, firstNode: Int) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var nextNode = firstNode
        for (index, announcement) in announcements(in: document, paragraphs: range) {
            let paragraph = document.paragraphs[index]
            let announced = announcement.count
            // The first node after the announcing paragraph (inline ones in it count too).
            while nextNode < document.nodes.count,
                document.nodes[nextNode].paragraphIndex < paragraph.index
                    || (document.nodes[nextNode].paragraphIndex == paragraph.index
                        && !document.nodes[nextNode].isInline)
            {
                nextNode += 1
            }
            guard nextNode < document.nodes.count else { break }
            let first = document.nodes[nextNode]
            guard first.speech == paragraph.speech, first.ordinal == 1 else { continue }
            let siblings =
                first.parent.map { document.nodes[$0].children }
                ?? document.speeches[first.speech - 1].topLevelNodes
            guard let position = siblings.firstIndex(of: first.index) else { continue }
            let counted = siblings[position...].prefix { document.nodes[$0].family == first.family }.count
            if counted != announced {
                findings.append(
                    Diagnostic(
                        severity: .warning, kind: .countMismatch, speech: paragraph.speech,
                        parent: first.parent.map { document.nodes[$0].id } ?? String(first.speech),
                        line: paragraph.line,
                        message:
                            "\"\(announcement.text)\" announces \(announced) but \(counted) follow (\(first.marker)…)"))
            }
        }
        return findings
    }
}
