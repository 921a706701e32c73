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
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let loaded = interactive ? try documents.loadReadableDocuments() : try documents.loadDocuments(defaultToSample: true)
        if interactive {
            NcursesBackend.run(documents: loaded, memory: ReadingMemoryStore.standard())
            return
        }
        for document in loaded {
            Console.write(OutlineText.outline(document))
        }
    }
}
