import ArgumentParser
import Foundation
import LecternCore
import LecternTerminal

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open documents in the terminal reader (the default command; with no file, the bundled sample).",
        discussion: """
            When standard input or output is not a terminal (a pipe, a script, CI), prints the outline of each \
            document instead. Press ? in the reader for its keys. Where each file was left and its marks are \
            kept in $XDG_STATE_HOME/lectern/positions.json (by default ~/.local/state/lectern).
            """
    )

    @OptionGroup var documents: DocumentOptions

    func run() throws {
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
}
