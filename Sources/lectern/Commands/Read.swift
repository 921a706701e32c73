import ArgumentParser
import Foundation
import LecternCore
import LecternTerminal

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open documents in the terminal reader (the default command; with no file, the bundled sample).",
        discussion: """
            When standard input or output is not a terminal (a pipe, a script, CI), prints the outline of each \
            document instead. Press ? in the reader for its keys. Where each file was left and its marks are \
            kept in $XDG_STATE_HOME/lectern/positions.json (by default ~/.local/state/lectern).
            """
    )

    @OptionGroup var documents: DocumentOptions

    @Flag(
        help:
            "Compare two versions: lectern --diff OLD NEW opens NEW with its changes from OLD marked (]c and [c jump between them, D shows the old text)."
    )
    var diff = false

    func validate() throws {
        if diff, documents.files.count != 2 { throw ValidationError("--diff takes two files: OLD NEW") }
    }

    func run() throws {
        if diff { return try runComparison() }
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            if let failure = NcursesBackend.run(try documents.readerOpening(), memory: ReadingMemoryStore.standard()) {
                Console.error(failure.description)
                throw ExitCode(2)
            }
            return
        }
        for document in try documents.loadDocuments(defaultToSample: true) {
            Console.print(OutlineText.outline(document))
        }
    }

    /// `--diff OLD NEW`: both versions opened whole (the comparison needs all of each), NEW read beside the
    /// comparison; off a terminal, `lectern diff`'s report instead.
    private func runComparison() throws {
        let versions = try documents.loadDocuments()
        let (old, new) = (versions[0], versions[1])
        let comparison = DocumentComparison.compare(old, new)
        guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
            return Console.printExact(ComparisonText.report(comparison))
        }
        guard !new.paragraphs.isEmpty else {
            Console.error(Document.noTextNotice(new.path))
            throw ExitCode(2)
        }
        let reading = ComparisonReading(comparison, old: old)
        let opening = ReadingOpening(shown: [new])
        if let failure = NcursesBackend.run(opening, memory: ReadingMemoryStore.standard(), comparison: reading) {
            Console.error(failure.description)
            throw ExitCode(2)
        }
    }
}
