import ArgumentParser
import LecternCore

struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the clean reading text, without page chrome.")

    @OptionGroup var documents: DocumentOptions

    @Flag(help: "Print every source line, numbered, marking the lines dropped as page chrome.")
    var raw = false

    func run() throws {
        for document in try documents.loadDocuments() {
            Console.print(raw ? OutlineText.rawText(document) : OutlineText.readingText(document))
        }
    }
}
