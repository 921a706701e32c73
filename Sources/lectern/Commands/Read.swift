import ArgumentParser
import LecternCore

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open documents for reading (the default command; with no file, the bundled sample).",
        discussion: "Until the terminal reader is available this prints the outline of each document."
    )

    @OptionGroup var documents: DocumentOptions

    func run() throws {
        for document in try documents.loadDocuments(defaultToSample: true) {
            Console.write(OutlineText.outline(document))
        }
    }
}
