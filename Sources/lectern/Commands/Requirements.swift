import ArgumentParser
import LecternCore

struct Requirements: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every numbered requirement (heading or item) with its id, flat.")

    @OptionGroup var documents: DocumentOptions

    @Flag(help: "Print JSON (see docs/FORMAT.md).")
    var json = false

    @Option(help: "Only requirements of this speech (1-based).")
    var speech: Int?

    func run() throws {
        let loaded = try documents.loadDocuments()
        let items = loaded.flatMap { document in
            document.nodes.filter { speech == nil || $0.speech == speech }.map { (document, $0) }
        }
        if json {
            Console.write(DocumentJSON.requirements(items).rendered())
            return
        }
        for (document, node) in items {
            let label = TerminalSafeText.sanitize(node.label)
            Console.write("\(document.path):\(node.line)\t\(node.id)\t\(label)\n")
        }
    }
}
