/// What the status line shows of the reader's state.
extension ReaderApp {
    /// `progress` replaces the reading progress ("loading…" while the whole documents load).
    func statusLine(progress: String?) -> StatusLine {
        StatusLine(location: fileLabel + " │ " + breadcrumb, message: message, right: statusRight(progress: progress))
    }

    private func statusRight(progress: String?) -> String {
        var parts: [String] = []
        let pending = dispatcher.pendingText
        if !pending.isEmpty { parts.append(pending) }
        if let comparison { parts.append("diff: " + comparison.summary) }
        if let search = reader.search {
            var counter = search.hits.isEmpty ? "0/0" : "\(search.current.map { $0 + 1 } ?? 0)/\(search.hits.count)"
            let elsewhere = library.hitsInOtherFiles
            if elsewhere > 0 { counter += " +\(elsewhere) in other files" }
            parts.append(counter)
        }
        if reader.selection != nil { parts.append(reader.selection!.wholeParagraphs ? "SELECT ¶" : "SELECT") }
        if reader.annotations.unreadable != nil { parts.append("RO") }
        if readers.contains(where: { $0.annotations.saveError != nil }) { parts.append("NOT SAVED (:w)") }
        if let node = reader.node(at: reader.cursor) { parts.append(reader.document.nodes[node].id) }
        if let page = reader.page { parts.append("p.\(page.number)/\(page.count)") }
        parts.append(progress ?? "\(reader.progressPercent)%")
        parts.append("? help")
        return parts.joined(separator: "  ")
    }

    private var fileLabel: String {
        let name = reader.document.fileName
        return readers.count > 1 ? "\(name) (\(current + 1)/\(readers.count))" : name
    }

    /// 2 › 四、大力加强组织部门自身建设 › 三是知人善任能力
    private var breadcrumb: String {
        let speech = reader.index.speech(ofSlot: reader.cursor.slot)
        guard let node = reader.node(at: reader.cursor) else {
            return "\(speech) \(reader.document.speeches[speech - 1].title)"
        }
        return ([String(speech)] + reader.index.ancestry(of: node).map { reader.document.nodes[$0].label })
            .joined(separator: " › ")
    }
}
