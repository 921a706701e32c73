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
            Console.error(DocumentOpener.noTextNotice(document.path))
        }
        guard !readable.isEmpty else { throw ExitCode(2) }
        return readable
    }
}

extension DocumentOptions {
    /// What the reader opens with: big text files show their first part at once and load whole in the
    /// background (`DocumentOpener.openForReading`); errors in the files read now end the command here.
    func readerOpening() throws -> ReaderOpening {
        let forced = try forcedEncoding()
        let paths = files.isEmpty ? BundledSample.path.map { [$0] } ?? [] : files
        let opening: ReadingOpening
        do {
            opening = try DocumentOpener.openForReading(paths: paths, encoding: forced)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        opening.notices.forEach(Console.error)
        guard !opening.shown.isEmpty else { throw ExitCode(2) }
        return ReaderOpening(shown: opening.shown, firstParts: opening.firstParts, loadWhole: opening.loadWhole)
    }
}

