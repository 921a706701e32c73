import ArgumentParser
import LecternCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report numbering problems and the lines dropped as page chrome.",
        discussion: """
            Warnings: missing, repeated or out-of-order numbers, a sequence switching numbering style, an announced
            count that disagrees with the items that follow. Info: lines dropped as page chrome.
            Exit status: 0 no warnings, 1 warnings found, 2 unusable input.
            """
    )

    @OptionGroup var documents: DocumentOptions

    @Flag(help: "Print JSON (see docs/FORMAT.md).")
    var json = false

    @Flag(help: "Leave out info findings (dropped lines).")
    var warningsOnly = false

    func run() throws {
        let loaded = try documents.loadDocuments()
        let findings = loaded.flatMap { document in
            DocumentChecker.check(document)
                .filter { !warningsOnly || $0.severity == .warning }
                .map { (document.path, $0) }
        }
        if json {
            Console.printExact(DocumentJSON.diagnostics(findings).rendered())
        } else {
            for (path, finding) in findings {
                let place = [finding.speech.map { "speech \($0)" }, finding.parent.map { "under \($0)" }]
                    .compactMap { $0 }.joined(separator: ", ")
                let context = place.isEmpty ? "" : " (\(place))"
                let kind = "\(finding.severity.rawValue): \(finding.kind.rawValue)\(context)"
                Console.printLine("\(path):\(finding.line): \(kind): \(finding.message)")
            }
        }
        if findings.contains(where: { $0.1.severity == .warning }) { throw ExitCode(1) }
    }
}
