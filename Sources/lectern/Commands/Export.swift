import ArgumentParser
import LecternCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "A report of the annotated requirements: tags, statuses, notes and quoted text.",
        discussion: """
            markdown for people, csv for spreadsheets, json (as `annotations --json`), w3c for W3C Web Annotation
            JSON-LD (an AnnotationCollection). Reads the sidecars; never writes them.
            """
    )

    @OptionGroup var documents: DocumentOptions

    @Option(help: ArgumentHelp("markdown, csv, json or w3c.", valueName: "format"))
    var format: AnnotationExport.Format = .markdown

    @Option(help: "Only annotations carrying this tag.")
    var tag: String?

    @Option(help: "Only annotations with this status (todo, doing, done).")
    var status: RequirementStatus?

    func run() throws {
        let layers = try AnnotationCommandSupport.layers(documents)
        let report = AnnotationExport.render(AnnotationReport.rows(layers, tag: tag, status: status), format: format)
        // Every format keeps raw controls out itself (JSON escapes them; CSV and Markdown show placeholders, see
        // docs/FORMAT.md), so a terminal and a file get the same bytes.
        Console.printExact(report)
    }
}

extension AnnotationExport.Format: ExpressibleByArgument {}
