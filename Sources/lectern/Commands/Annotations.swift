import ArgumentParser
import LecternCore

struct Annotations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotations",
        abstract: "List the annotations of files, with where each was found in the current text.",
        discussion: """
            Reads FILE.annotations.json beside each file; never writes it (except NEW's with --carry OLD NEW). Anchor status: exact, moved, fuzzy,
            ambiguous or orphaned (see docs/ANNOTATIONS.md). Text output, one per line: path:line, requirement,
            anchor, status, tags, quote, id (tab-separated). Exit status: 0 success, 2 unusable file or sidecar.
            """
    )

    @OptionGroup var documents: DocumentOptions

    @Option(help: "Only annotations carrying this tag.")
    var tag: String?

    @Option(help: "Only annotations with this status (todo, doing, done).")
    var status: RequirementStatus?

    @Flag(help: "Print JSON (see docs/ANNOTATIONS.md).")
    var json = false

    @Flag(
        help: ArgumentHelp(
            "Carry the annotations of OLD into NEW's sidecar (two files: OLD NEW), each found again in NEW.",
            discussion: "OLD's sidecar is only read; carrying again adds nothing twice (see docs/ANNOTATIONS.md)."))
    var carry = false

    func run() throws {
        if carry {
            // Carrying reports what it carried, as text; the listing's options would be silently ignored.
            guard !json, tag == nil, status == nil else {
                throw ValidationError(
                    "--carry prints what it carried as text; --json, --tag and --status are for listing")
            }
            return try AnnotationsCarry.run(documents)
        }
        let layers = try AnnotationCommandSupport.layers(documents)
        let rows = AnnotationReport.rows(layers, tag: tag, status: status)
        if json {
            Console.printExact(AnnotationExport.json(rows).rendered())
            return
        }
        for row in rows {
            let a = row.annotation
            let place = row.line.map { "\(row.path):\($0)" } ?? row.path
            let quote = AnnotationCommandSupport.shortened(row.quote, 40)
            let fields = [
                place, row.requirement ?? "-", a.anchor.status.rawValue, a.status?.rawValue ?? "-",
                a.tags.isEmpty ? "-" : a.tags.joined(separator: ","), quote, a.id,
            ]
            Console.printRow(fields)
        }
    }
}

extension RequirementStatus: ExpressibleByArgument {}

/// Loading annotation layers for the annotation commands, with errors as one line and exit status 2.
enum AnnotationCommandSupport {
    static func layers(_ options: DocumentOptions) throws -> [AnnotationLayer] {
        let documents = try options.loadDocuments()
        return try documents.map { try layer($0) }
    }

    /// The document's annotation layer, its notices reported. An unreadable sidecar ends the command, or with
    /// `backUpUnreadable` is renamed aside (bytes untouched) and a new layer started.
    static func layer(_ document: Document, backUpUnreadable: Bool = false) throws -> AnnotationLayer {
        let layer: AnnotationLayer
        do {
            layer = try AnnotationLayer.open(document)
        } catch let error where error.isUnreadableFile && backUpUnreadable {
            Console.error(error.description)
            do {
                let backup = try AnnotationLayer.backUpUnreadableSidecar(of: document)
                Console.error("note: moved the unreadable sidecar to \(backup); starting a new one")
                return try AnnotationLayer.open(document)
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
        } catch {
            Console.error(
                error.description + (error.isUnreadableFile ? " (--back-up-unreadable starts a new one)" : ""))
            throw ExitCode(2)
        }
        report(layer.notices)
        if layer.sourceChanged {
            let moved = layer.annotations.filter { $0.anchor.status != .exact }
            if !moved.isEmpty {
                Console.error(
                    "note: \(document.path) changed since its annotations were saved; "
                        + "\(moved.count) of \(layer.annotations.count) re-anchored (see the anchor column)")
            }
        }
        return layer
    }

    static func report(_ notices: [String]) {
        for notice in notices { Console.error("note: \(notice)") }
    }

    /// The first `limit` characters on one line, with … when cut.
    static func shortened(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
