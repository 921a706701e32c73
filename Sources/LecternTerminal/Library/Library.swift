import LecternCore

/// The open files: one reader per file and which one is on screen. What spans files lives here — searches and
/// tag filters over every file, `:ID` and `FILE:ID`, the next annotation or hit in another file — so the router
/// (ReaderApp) only changes which file is shown and says what came back. Each method returns what the status
/// line says, nil when it says nothing.
struct Library {
    var readers: [DocumentReader]
    /// The file on screen.
    var current = 0

    /// The reader of the file on screen. Modified in place, so that a keystroke never copies its search hits.
    var reader: DocumentReader {
        get { readers[current] }
        _modify { yield &readers[current] }
    }

    var count: Int { readers.count }

    /// A screen reads the text of the file it shows; a mapped file's pages are handed back once the process has
    /// grown past its budget, so reading on through a big file does not keep all of it in memory.
    func releaseTextPagesIfOverBudget() {
        guard !readers.isEmpty else { return }
        reader.document.text.utf8.releasePagesIfOverBudget()
    }

    /// The file `step` files after the current one (before it when negative), going round.
    func file(_ step: Int) -> Int { ((current + step) % count + count) % count }

    func fileName(of file: Int) -> String { readers[file].document.fileName }

    /// `gt`/`gT`: the next or previous file.
    mutating func switchFile(by delta: Int) -> StatusMessage? {
        guard count > 1 else { return .error("only one file is open") }
        current = file(delta)
        return nil
    }

    /// Tags used in the open files, the most used first.
    var knownTags: [String] {
        var counts: [String: Int] = [:]
        for reader in readers {
            for annotation in reader.annotations.annotations {
                for tag in annotation.tags { counts[tag, default: 0] += 1 }
            }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }

    /// `]a`/`[a`: the next annotation in this file, else in the next files.
    mutating func goToAnnotation(forward: Bool) -> StatusMessage? {
        if let id = reader.annotation(after: forward), reader.jump(toAnnotation: id) { return nil }
        for step in 1..<max(1, count) {
            let file = file(forward ? step : -step)
            let passages = readers[file].annotations.marks.passages
            guard let passage = forward ? passages.first : passages.last else { continue }
            current = file
            if reader.jump(toAnnotation: passage.id) { return nil }
        }
        return .error(forward ? "no annotation after this" : "no annotation before this")
    }

    /// Enter in the annotations panel: shows the annotation's file and goes to it, if it is still in the text.
    mutating func goTo(annotation: Annotation, inFile file: Int) -> StatusMessage? {
        current = file
        guard !reader.jump(toAnnotation: annotation.id) else { return nil }
        return .error(
            "\(annotation.anchor.status.rawValue): not in the text any more — select its new passage, "
                + "then A and r re-attach it")
    }
}

extension StatusMessage {
    static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, isError: false) }
    static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, isError: true) }
}
