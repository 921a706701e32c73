import LecternCore

/// Documents to read, staged for a reader that shows something at once: a big text file as its first part (the
/// whole file loads later through `loadWhole`), every other file whole. Files with nothing to read are left out
/// and named in `notices`.
public struct ReadingOpening: Sendable {
    public let shown: [Document]
    /// Indices in `shown` of first parts.
    public let firstParts: Set<Int>
    /// One line for each file left out because it has no text (empty, or only page chrome).
    public let notices: [String]
    /// Loads every shown document whole, in order (those whole already are handed back as they are); nil when
    /// nothing is a first part.
    public let loadWhole: (@Sendable () -> Result<[Document], DocumentLoadError>)?
}

extension DocumentOpener {
    /// What the reader says of a file it leaves out for having no text.
    public static func noTextNotice(_ path: String) -> String {
        "\(path): no text to show (the file is empty or only page chrome)"
    }

    /// Opens `paths` for reading (see `ReadingOpening`). Errors in the files read whole now are thrown; a big
    /// file's are found when `loadWhole` reads it.
    public static func openForReading(paths: [String], encoding: TextEncoding? = nil) throws(DocumentLoadError)
        -> ReadingOpening {
        let files = try expand(paths)
        var shown: [Document] = []
        var firstParts: Set<Int> = []
        var notices: [String] = []
        // Each shown document's path and, when it is whole already, the document.
        var entries: [(path: String, whole: Document?)] = []
        for path in files {
            if let part = openLeadingPart(path, encoding: encoding) {
                firstParts.insert(shown.count)
                shown.append(part)
                entries.append((path, nil))
                continue
            }
            let document = try open(path, encoding: encoding)
            guard !document.paragraphs.isEmpty else {
                notices.append(noTextNotice(document.path))
                continue
            }
            shown.append(document)
            entries.append((path, document))
        }
        guard !firstParts.isEmpty else { return ReadingOpening(shown: shown, firstParts: [], notices: notices, loadWhole: nil) }
        let toLoad = entries
        return ReadingOpening(shown: shown, firstParts: firstParts, notices: notices) {
            var documents: [Document] = []
            for entry in toLoad {
                if let document = entry.whole {
                    documents.append(document)
                    continue
                }
                switch Result(catching: { () throws(DocumentLoadError) in try open(entry.path, encoding: encoding) }) {
                case .success(let document): documents.append(document)
                case .failure(let error): return .failure(error)
                }
            }
            return .success(documents)
        }
    }
}
