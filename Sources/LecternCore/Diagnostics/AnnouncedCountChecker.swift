/// Compares a count a paragraph announces ("讲三点意见", "以下五种能力") with the items that follow it.
enum AnnouncedCountChecker {
    /// Paragraphs that announce a count, in order; found in parallel (every paragraph is scanned).
    static func announcements(in document: Document) -> [(Int, CountAnnouncement)] {
        let parts = ParallelWork.ranges(document.paragraphs.count,
                                        parts: ParallelWork.workerCount(forBytes: document.text.utf8.count))
        return document.text.utf8.withUnsafeBufferPointer { bytes in
            ParallelWork.map(parts.count) { part in
                parts[part].compactMap { index -> (Int, CountAnnouncement)? in
                    let paragraph = document.paragraphs[index]
                    guard paragraph.role == .body || paragraph.role == .numbered,
                          let found = CountAnnouncement.first(in: bytes, paragraph.byteRange) else { return nil }
                    return (index, found)
                }
            }.flatMap { $0 }
        }
    }

    static func check(_ document: Document) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var nextNode = 0
        for (index, announcement) in announcements(in: document) {
            let paragraph = document.paragraphs[index]
            let announced = announcement.count
            // The first node after the announcing paragraph (inline ones in it count too).
            while nextNode < document.nodes.count, document.nodes[nextNode].paragraphIndex < paragraph.index
                    || (document.nodes[nextNode].paragraphIndex == paragraph.index && !document.nodes[nextNode].isInline) {
                nextNode += 1
            }
            guard nextNode < document.nodes.count else { break }
            let first = document.nodes[nextNode]
            guard first.speech == paragraph.speech, first.ordinal == 1 else { continue }
            let siblings = first.parent.map { document.nodes[$0].children }
                ?? document.speeches[first.speech - 1].topLevelNodes
            guard let position = siblings.firstIndex(of: first.index) else { continue }
            let counted = siblings[position...].prefix { document.nodes[$0].family == first.family }.count
            if counted != announced {
                findings.append(Diagnostic(
                    severity: .warning, kind: .countMismatch, speech: paragraph.speech,
                    parent: first.parent.map { document.nodes[$0].id } ?? String(first.speech), line: paragraph.line,
                    message: "\"\(announcement.text)\" announces \(announced) but \(counted) follow (\(first.marker)…)"))
            }
        }
        return findings
    }
}
