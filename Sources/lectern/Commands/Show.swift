import ArgumentParser
import LecternCore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one requirement with its body, by its id (lectern show speeches.txt 2.4.3).",
        discussion: "With several files or folders, prints the requirement from each document that has it."
    )

    @Argument(
        help: ArgumentHelp(
            "Files or folders, then the requirement's id (speech number and the document's own ordinals, e.g. 2.4.3).",
            valueName: "file… id"))
    var arguments: [String] = []

    @Option(help: ArgumentHelp("Force an encoding instead of detecting it.", valueName: "name"))
    var encoding: String?

    func validate() throws {
        guard arguments.count >= 2 else {
            throw ValidationError("give a file and a requirement id, e.g. speeches.txt 2.4.3")
        }
    }

    func run() throws {
        let typed = arguments[arguments.count - 1]
        let id = NodeID.normalized(typed) ?? typed
        var options = DocumentOptions()
        options.files = Array(arguments.dropLast())
        options.encoding = encoding
        var found: [(Document, NumberedNode)] = []
        for document in try options.loadDocuments() {
            let matches = document.nodes.filter { $0.id == id }
            if matches.count > 1 {
                Console.error(
                    "\(document.path): \(matches.count) requirements are numbered \(id) (lectern check lists the repeats); showing each"
                )
            }
            found += matches.map { (document, $0) }
        }
        guard !found.isEmpty else {
            Console.error("\(options.files.joined(separator: ", ")): no requirement with id \(id)")
            throw ExitCode(1)
        }
        Console.print(found.map { OutlineText.requirement($1, in: $0) }.joined(separator: "\n"))
    }
}
