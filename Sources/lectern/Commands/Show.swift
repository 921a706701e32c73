import ArgumentParser
import LecternCore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one requirement with its body, by its id (lectern show speeches.txt 2.4.3).")

    @Argument(help: "The document.")
    var file: String

    @Argument(help: "The requirement's id: speech number and the document's own ordinals, e.g. 2.4.3.")
    var id: String

    @Option(help: ArgumentHelp("Force an encoding instead of detecting it.", valueName: "name"))
    var encoding: String?

    func run() throws {
        var options = DocumentOptions()
        options.files = [file]
        options.encoding = encoding
        guard let document = try options.loadDocuments().first else { return }
        guard let node = document.node(id: id) else {
            Console.error("\(file): no requirement with id \(id)")
            throw ExitCode(1)
        }
        Console.write(OutlineText.requirement(node, in: document))
    }
}
