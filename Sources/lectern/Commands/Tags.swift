import ArgumentParser
import LecternCore

struct Tags: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags",
        abstract: "The tags used in the files' annotations, with how many annotations carry each.")

    @OptionGroup var documents: DocumentOptions

    @Flag(help: "Print JSON: {\"tags\":[{\"tag\",\"count\"}]}.")
    var json = false

    func run() throws {
        let counts = AnnotationReport.tagCounts(try AnnotationCommandSupport.layers(documents))
        if json {
            Console.printExact(AnnotationExport.tagsJSON(counts).rendered())
            return
        }
        for (tag, count) in counts { Console.printRow([String(count), tag]) }
    }
}
