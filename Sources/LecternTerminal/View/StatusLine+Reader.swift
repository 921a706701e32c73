/// What the status line shows of the open files: where the cursor is, and on the right the pending keys, the
/// comparison's counts, the search counter, the selection, the saving state, the requirement, page and progress.
extension StatusLine {
    /// `progress` replaces the reading progress ("loading…" while the whole documents load).
    init(
        _ library: Library, message: StatusMessage?, pendingKeys: String, comparison: String?, progress: String?
    ) {
        let reader = library.reader
        var parts: [String] = []
        if !pendingKeys.isEmpty { parts.append(pendingKeys) }
        if let comparison { parts.append("diff: " + comparison) }
        if let search = reader.search {
            var counter = search.hits.isEmpty ? "0/0" : "\(search.current.map { $0 + 1 } ?? 0)/\(search.hits.count)"
            let elsewhere = library.hitsInOtherFiles
            if elsewhere > 0 { counter += " +\(elsewhere) in other files" }
            parts.append(counter)
        }
        if let selection = reader.selection { parts.append(selection.wholeParagraphs ? "SELECT ¶" : "SELECT") }
        if reader.annotations.unreadable != nil { parts.append("RO") }
        if library.readers.containsInPlace({ $0.pointee.annotations.saveError != nil }) {
            parts.append("NOT SAVED (:w)")
        }
        if let node = reader.node(at: reader.cursor) { parts.append(reader.document.nodes[node].id) }
        if let page = reader.page { parts.append("p.\(page.number)/\(page.count)") }
        parts.append(progress ?? "\(reader.progressPercent)%")
        parts.append("? help")
        self.init(
            location: Self.fileLabel(library) + " │ " + Self.breadcrumb(reader), message: message,
            right: parts.joined(separator: "  "))
    }

    private static func fileLabel(_ library: Library) -> String {
        let name = library.reader.document.fileName
        return library.count > 1 ? "\(name) (\(library.current + 1)/\(library.count))" : name
    }

    /// 2 › 四、大力加强组织部门自身建设 › 三是知人善任能力
    private static func breadcrumb(_ reader: DocumentReader) -> String {
        let speech = reader.index.speech(ofSlot: reader.cursor.slot)
        guard let node = reader.node(at: reader.cursor) else {
            return "\(speech) \(reader.document.speeches[speech - 1].title)"
        }
        return ([String(speech)] + reader.index.ancestry(of: node).map { reader.document.nodes[$0].label })
            .joined(separator: " › ")
    }
}
