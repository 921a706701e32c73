import LecternCore

/// Documents to read, staged for a reader that shows something at once: a big text file as its first part (the
/// whole file loads later through `loadWhole`), and of many files the first ones read now, the others as
/// stand-ins (`Document.standIn`) read by `loadWhole`; every other file whole. Files read now with nothing to
/// read are left out and named in `notices`; a stand-in with nothing to read comes back from `loadWhole` empty.
public struct ReadingOpening: Sendable {
    public let shown: [Document]
    /// Indices in `shown` of first parts.
    public let firstParts: Set<Int>
    /// Indices in `shown` of stand-ins for files not read yet.
    public let standIns: Set<Int>
    /// One line for each file left out because it has no text (empty, or only page chrome).
    public let notices: [String]
    /// Loads every shown document whole, in order (those whole already are handed back as they are); nil when
    /// nothing is a first part or a stand-in.
    public let loadWhole: (@Sendable () -> Result<[Document], DocumentLoadError>)?
}

extension DocumentOpener {
    /// What the reader says of a file it leaves out for having no text.
    public static func noTextNotice(_ path: String) -> String { Document.noTextNotice(path) }

    /// Opens `paths` for reading (see `ReadingOpening`). Files are read now until `readNow` bytes of text are
    /// (at least one file with text), enough for any first screen of the tree; the rest are stand-ins, so a
    /// folder of thousands of files shows at once. Errors in the files read now are thrown; the others' are
    /// found when `loadWhole` reads them.
    public static func openForReading(paths: [String], encoding: TextEncoding? = nil, readNow: Int = 512 << 10)
        throws(DocumentLoadError) -> ReadingOpening
    {
        let files = try expand(paths)
        var shown: [Document] = []
        var firstParts: Set<Int> = []
        let standIns: Set<Int>
        var notices: [String] = []
        var bytesRead = 0
        // Each shown document's path and, when it is whole already, the document.
        var entries: [(path: String, whole: Document?)] = []
        var unread = files[...]
        while let path = unread.first, bytesRead < readNow || shown.isEmpty {
            unread.removeFirst()
            if let part = openLeadingPart(path, encoding: encoding) {
                firstParts.insert(shown.count)
                shown.append(part)
                entries.append((path, nil))
                bytesRead += part.text.utf8.count
                continue
            }
            let document = try open(path, encoding: encoding)
            guard !document.paragraphs.isEmpty else {
                notices.append(noTextNotice(document.path))
                continue
            }
            shown.append(document)
            entries.append((path, document))
            bytesRead += document.text.utf8.count
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
                    ?? Result(catching: { () throws(DocumentLoadError) in try open(toLoad[i].path, encoding: encoding) }
                    )
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
}
