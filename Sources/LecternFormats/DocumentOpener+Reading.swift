import LecternCore

extension DocumentOpener {
    /// What the reader says of a file it leaves out for having no text.
    public static func noTextNotice(_ path: String) -> String { Document.noTextNotice(path) }

    /// Opens `paths` for reading (see `ReadingOpening`). The first file with text is read now, and the files after
    /// it while their outlines give the tree fewer rows than `treeRowsWanted` (more than a tall terminal shows; a
    /// file's row, its speeches' and its nodes', the tree opening unfolded) and less than `readAtMost` bytes of text
    /// are read: the preview shows only while the first screen lies within the files read, and each file read
    /// before it delays it by its recognition. The rest are stand-ins, so a folder of thousands of files shows at
    /// once. Errors in the files read now are thrown; the others' are found when `loadWhole` reads them.
    package static func openForReading(
        paths: [String], encoding: TextEncoding? = nil, treeRowsWanted: Int = 200, readAtMost: Int = 512 << 10
    ) throws(DocumentLoadError) -> ReadingOpening {
        let files = try expand(paths)
        var treeRows = 0
        var shown: [Document] = []
        var firstParts: Set<Int> = []
        let standIns: Set<Int>
        var notices: [String] = []
        var bytesRead = 0
        // Each shown document's path and, when it is whole already, the document.
        var entries: [(path: String, whole: Document?)] = []
        var unread = files[...]
        while let path = unread.first, shown.isEmpty || treeRows < treeRowsWanted && bytesRead < readAtMost {
            unread.removeFirst()
            if let part = openLeadingPart(path, encoding: encoding) {
                firstParts.insert(shown.count)
                shown.append(part)
                entries.append((path, nil))
                bytesRead += part.text.utf8.count
                treeRows += treeRowCount(part)
                continue
            }
            let document = try open(path, encoding: encoding, amongFiles: files.count)
            guard !document.paragraphs.isEmpty else {
                notices.append(noTextNotice(document.path))
                continue
            }
            shown.append(document)
            entries.append((path, document))
            bytesRead += document.text.utf8.count
            treeRows += treeRowCount(document)
        }
        standIns = Set(shown.count..<(shown.count + unread.count))
        shown += Document.standIns(paths: Array(unread))
        entries += unread.map { ($0, nil) }
        guard !firstParts.isEmpty || !standIns.isEmpty else {
            return ReadingOpening(shown: shown, firstParts: [], standIns: [], notices: notices, loadWhole: nil)
        }
        let toLoad = entries
        return ReadingOpening(shown: shown, firstParts: firstParts, standIns: standIns, notices: notices) {
            // Files open side by side (a folder's thousands of small files would each keep one core busy); the
            // first failure in order is the one reading them in turn would have met.
            let opened = ParallelWork.map(toLoad.count) { i in
                toLoad[i].whole.map { .success($0) }
                    ?? Result(catching: { () throws(DocumentLoadError) in
                        try open(toLoad[i].path, encoding: encoding, amongFiles: toLoad.count)
                    })
            }
            var documents: [Document] = []
            documents.reserveCapacity(opened.count)
            for outcome in opened {
                switch outcome {
                case .success(let document): documents.append(document)
                case .failure(let error): return .failure(error)
                }
            }
            return .success(documents)
        }
    }

    /// The rows a document gives the tree when it is open: its file's, its speeches' and its nodes'.
    private static func treeRowCount(_ document: Document) -> Int {
        1 + document.speeches.count + document.nodes.count
    }
}
