import ArgumentParser
import LecternCore

struct Requirements: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requirements",
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
            Console.printExact(DocumentJSON.requirements(items).rendered())
            return
        }
        for (document, node) in items {
            // A PDF's nodes carry their page: "report.pdf:120 p.7".
            let page = document.page(ofLine: node.line).map { " p.\($0)" } ?? ""
            Console.printRow(["\(document.path):\(node.line)\(page)", node.id, node.label])
        }
    }
}
