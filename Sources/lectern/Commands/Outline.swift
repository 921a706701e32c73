import ArgumentParser
import LecternCore

struct Outline: ParsableCommand {

    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the heading tree of each document: speeches, sections and items with their ids.")

    @OptionGroup var documents: DocumentOptions

    @Flag(help: "Print JSON (see docs/FORMAT.md).")
    var json = false

    @Option(help: "Show nodes down to this depth (1 = top-level sections).")
    var depth: Int?

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be 1 or more") }
    }

    func run() throws {
        let loaded = try documents.loadDocuments()
        if json {
            Console.printExact(DocumentJSON.outline(loaded, depth: depth).rendered())
        } else {
            var output = Console.StandardOutput()
            for (index, document) in loaded.enumerated() {
                if index > 0 { output.write("\n") }
                OutlineText.writeOutline(document, depth: depth, to: &output)
            }
            // Everything is written (straight to the descriptor). A 100 MB document's tables take 20 ms to free,
            // and the process ends here anyway: the kernel takes them back at once.
            Console.endWithoutFreeing(loaded)
        }
    }
}
