import ArgumentParser
import LecternCore
import LecternFormats
import LecternSample
import LecternTerminal

/// The files a command reads and how to decode them.
struct DocumentOptions: ParsableArguments {
    @Argument(help: "Files or folders to read: text (UTF-8, UTF-16 with BOM, GB18030), Word .docx, Markdown; a folder means its .txt, .docx and .md files.")
    var files: [String] = []

    @Option(help: ArgumentHelp("Force an encoding instead of detecting it.", discussion: TextEncoding.userNames,
                               valueName: "name"))
    var encoding: String?

    func forcedEncoding() throws -> TextEncoding? {
        guard let encoding else { return nil }
        guard let parsed = TextEncoding(userName: encoding) else {
            throw ValidationError("unknown encoding '\(encoding)'; use one of: \(TextEncoding.userNames)")
        }
        return parsed
    }

    /// Loads every file, or the bundled sample when none is given. A file that cannot be read ends the command
    /// with one line on stderr and exit status 2.
    func loadDocuments(defaultToSample: Bool = false) throws -> [Document] {
        let forced = try forcedEncoding()
        var paths = files
        if paths.isEmpty {
            guard defaultToSample, let sample = BundledSample.path else {
                throw ValidationError("no file given")
            }
            paths = [sample]
        }
        do {
            return try DocumentOpener.open(paths: paths, encoding: forced)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

extension DocumentOptions {
    /// Documents the reader can show: those with at least one paragraph of text. An empty file, or one that is
    /// all page chrome, is named on stderr and left out; when nothing is left the command ends with status 2.
    func loadReadableDocuments() throws -> [Document] {
        let loaded = try loadDocuments(defaultToSample: true)
        let readable = loaded.filter { !$0.paragraphs.isEmpty }
        for document in loaded where document.paragraphs.isEmpty {
            Console.error("\(document.path): no text to show (the file is empty or only page chrome)")
        }
        guard !readable.isEmpty else { throw ExitCode(2) }
        return readable
    }
}

extension DocumentOptions {
    /// What the reader opens with. Big text files show their first part at once and load whole in the
    /// background; everything else is loaded before the reader starts, so its errors end the command here.
    func readerOpening() throws -> ReaderOpening {
        let forced = try forcedEncoding()
        let paths = files.isEmpty ? BundledSample.path.map { [$0] } ?? [] : files
        let expanded: [String]
        do {
            expanded = try DocumentOpener.expand(paths)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let firstParts = expanded.map { DocumentOpener.openLeadingPart($0, encoding: forced) }
        guard firstParts.contains(where: { $0 != nil }) else { return ReaderOpening(shown: try loadReadableDocuments()) }
        var shown: [Document] = []
        var shownFirstParts: Set<Int> = []
        // Each shown document's path and, when it is whole already, the document.
        var entries: [(path: String, whole: Document?)] = []
        for (path, firstPart) in zip(expanded, firstParts) {
            if let firstPart {
                shownFirstParts.insert(shown.count)
                shown.append(firstPart)
                entries.append((path, nil))
                continue
            }
            let document: Document
            do {
                document = try DocumentOpener.open(path, encoding: forced)
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
            guard !document.paragraphs.isEmpty else {
                Console.error("\(document.path): no text to show (the file is empty or only page chrome)")
                continue
            }
            shown.append(document)
            entries.append((path, document))
        }
        let toLoad = entries
        return ReaderOpening(shown: shown, firstParts: shownFirstParts) {
            var documents: [Document] = []
            for entry in toLoad {
                if let document = entry.whole {
                    documents.append(document)
                    continue
                }
                do {
                    documents.append(try DocumentOpener.open(entry.path, encoding: forced))
                } catch {
                    return .failure(ReaderOpeningFailure(String(describing: error)))
                }
            }
            return .success(documents)
        }
    }
}
