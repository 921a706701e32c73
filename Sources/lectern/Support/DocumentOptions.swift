import ArgumentParser
import LecternCore
import LecternFormats
import LecternSample
import LecternTerminal

/// The files a command reads and how to decode them.
struct DocumentOptions: ParsableArguments {
    @Argument(
        help:
            "Files or folders to read: text (UTF-8, UTF-16 with BOM, GB18030), Word .docx, Word 97-2003 .doc/.wps, PDF (text layer), Markdown; a folder means its .txt, .docx, .doc, .wps, .pdf and .md files."
    )
    var files: [String] = []

    @Option(
        help: ArgumentHelp(
            "Force an encoding instead of detecting it.", discussion: TextEncoding.userNames,
            valueName: "name"))
    var encoding: String?

    func forcedEncoding() throws -> TextEncoding? {
        guard let encoding else { return nil }
        guard let parsed = TextEncoding(userName: encoding) else {
            throw ValidationError("unknown encoding '\(encoding)'; use one of: \(TextEncoding.userNames)")
        }
        return parsed
    }

    /// The paths given, or the bundled sample's when none is and `defaultToSample`.
    func paths(defaultToSample: Bool) throws -> [String] {
        guard files.isEmpty else { return files }
        guard defaultToSample, let sample = BundledSample.path else { throw ValidationError("no file given") }
        return [sample]
    }

    /// Loads every file, or the bundled sample when none is given. A file that cannot be read ends the command
    /// with one line on stderr and exit status 2.
    func loadDocuments(defaultToSample: Bool = false) throws -> [Document] {
        let (paths, forced) = (try paths(defaultToSample: defaultToSample), try forcedEncoding())
        return try endingOnFailure { () throws(DocumentLoadError) in
            try DocumentOpener.open(paths: paths, encoding: forced)
        }
    }

    /// What the reader opens with: big text files show their first part at once and load whole in the
    /// background (`DocumentOpener.openForReading`); the bundled sample when no file is given. Files without
    /// text are named on stderr and left out; errors in the files read now end the command here.
    func readerOpening() throws -> ReadingOpening {
        let (paths, forced) = (try paths(defaultToSample: true), try forcedEncoding())
        let opening = try endingOnFailure { () throws(DocumentLoadError) in
            try DocumentOpener.openForReading(paths: paths, encoding: forced)
        }
        opening.notices.forEach(Console.error)
        guard !opening.shown.isEmpty else { throw ExitCode(2) }
        return opening
    }

    /// Runs `body`; a file that cannot be opened ends the command with its one line on stderr and status 2.
    private func endingOnFailure<T>(_ body: () throws(DocumentLoadError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
