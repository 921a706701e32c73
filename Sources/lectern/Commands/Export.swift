import ArgumentParser
import Foundation
import LecternCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        // On a terminal, control characters from documents and notes are shown, not obeyed; a file gets the data as is.
        Console.write(isatty(STDOUT_FILENO) == 1 ? TerminalSafeText.sanitize(report, keepingLineBreaks: true) : report)
    }
}

extension AnnotationExport.Format: ExpressibleByArgument {}
