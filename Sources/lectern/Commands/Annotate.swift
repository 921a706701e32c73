import ArgumentParser
import LecternCore

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Tag or note a passage; prints the new annotation's id.",
        discussion: """
            Choose the passage with exactly one of --at (a requirement id), --line (the paragraph on a source line),
            --quote (text in the document; --occurrence picks among repeats) or --range (code points START:END of the
            decoded text, end exclusive). The annotation is saved to FILE.annotations.json beside FILE, merged with
            any annotations another process saved meanwhile (see docs/ANNOTATIONS.md).
            With several files (or a folder) the same passage is annotated in each, and each line printed is
            PATH<tab>ID.
            Exit status: 0 saved, 1 the passage was not found, 2 unusable file or sidecar, or the save failed.
            """
    )

    @OptionGroup var documents: DocumentOptions

    @Option(help: ArgumentHelp("A requirement's id, e.g. 2.4.3.", valueName: "id"))
    var at: String?

    @Option(help: ArgumentHelp("A 1-based source line holding a paragraph.", valueName: "n"))
    var line: Int?

    @Option(help: ArgumentHelp("Text to find in the document.", valueName: "text"))
    var quote: String?

    @Option(help: ArgumentHelp("Which occurrence of --quote (1-based).", valueName: "k"))
    var occurrence: Int?

    @Option(help: ArgumentHelp("Code points START:END of the decoded text (end exclusive).", valueName: "start:end"))
    var range: String?

    @Option(name: .customLong("tag"), help: ArgumentHelp("A tag (repeat for several).", valueName: "tag"))
    var tags: [String] = []

    @Option(help: ArgumentHelp("A note; may contain line breaks.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("todo, doing or done.", valueName: "status"))
    var status: RequirementStatus?

    @Option(help: ArgumentHelp("A highlight color (a name or #rrggbb).", valueName: "color"))
    var color: String?

    @Flag(help: "If the sidecar cannot be read, rename it aside (bytes untouched) and start a new one.")
    var backUpUnreadable = false

    func validate() throws {
        if documents.files.isEmpty { throw ValidationError("give the document to annotate") }
        let chosen = [at != nil, line != nil, quote != nil, range != nil].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError("give exactly one of --at, --line, --quote, --range") }
        if occurrence != nil, quote == nil { throw ValidationError("--occurrence goes with --quote") }
        if let range, parsedRange(range) == nil { throw ValidationError("--range takes START:END, e.g. 120:135") }
    }

    private func parsedRange(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
        return (start, end)
    }

    func run() throws {
        let loaded = try documents.loadDocuments()
        var notFound = false
        for document in loaded {
            guard let id = try annotate(document) else {
                notFound = true
                continue
            }
            if loaded.count == 1 { Console.printLine(id) } else { Console.printRow([document.path, id]) }
        }
        if notFound { throw ExitCode(1) }
    }

    /// Adds the annotation to one document's sidecar and returns its id; nil when the passage is not there.
    private func annotate(_ document: Document) throws -> String? {
        var layer = try AnnotationCommandSupport.layer(document, backUpUnreadable: backUpUnreadable)
        let target: AnnotationTarget
        do {
            let targeting = layer.targeting
            if let at {
                target = try targeting.requirement(at)
            } else if let line {
                target = try targeting.line(line)
            } else if let quote {
                target = try targeting.quote(quote, occurrence: occurrence ?? 1)
            } else if let range, let (start, end) = parsedRange(range) {
                target = try targeting.range(start, end)
            } else {
                throw ValidationError("give exactly one of --at, --line, --quote, --range")
            }
        } catch let error as AnnotationError {
            Console.error(error.description)
            return nil
        }
        let annotation = layer.add(target, tags: tags, note: note, status: status, color: color)
        do {
            let report = try layer.save()
            AnnotationCommandSupport.report(report.notices)
            for conflict in report.conflicts { Console.error("warning: \(conflict.description)") }
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        return annotation.id
    }
}
