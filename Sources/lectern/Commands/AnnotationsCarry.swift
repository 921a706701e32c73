import ArgumentParser
import Foundation
import LecternCore

/// `lectern annotations --carry OLD NEW`: OLD's annotations copied into NEW's sidecar, re-anchored in NEW.
enum AnnotationsCarry {
    static func run(_ options: DocumentOptions) throws {
        let documents = try options.loadDocuments()
        guard documents.count == 2 else {
            throw ValidationError("--carry takes two files: the old version, then the new one")
        }
        let (old, new) = (documents[0], documents[1])
        let oldLayer = try AnnotationCommandSupport.layer(old)
        var newLayer = try AnnotationCommandSupport.layer(new)
        let carry = AnnotationCarry(
            from: old, into: newLayer.targeting, comparison: DocumentComparison.compare(old, new))
        let result = carry.carry(oldLayer.annotations, existing: newLayer.annotations)
        for annotation in result.carried { newLayer.insert(annotation) }
        if !result.carried.isEmpty {
            do {
                let report = try newLayer.save()
                AnnotationCommandSupport.report(report.notices)
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
        }
        for annotation in result.carried {
            let line = annotation.anchor.start.map { new.line(containingCodePoint: $0) }
            let place = line.map { "\(new.path):\($0)" } ?? new.path
            Console.printRow([
                place, annotation.target.requirement ?? "-", annotation.anchor.status.rawValue,
                AnnotationCommandSupport.shortened(annotation.target.quote.exact, 40), annotation.id,
                "from " + (annotation.carriedFrom?.id ?? "-"),
            ])
        }
        var counts: [Anchor.Status: Int] = [:]
        for annotation in result.carried { counts[annotation.anchor.status, default: 0] += 1 }
        let statuses = Anchor.Status.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
        let already =
            result.alreadyCarried.isEmpty ? "" : "; \(result.alreadyCarried.count) carried before, left as they are"
        Console.error(
            "carried \(result.carried.count) of \(oldLayer.annotations.count) annotations from \(old.path) to \(new.path)"
                + (statuses.isEmpty ? "" : " (" + statuses.joined(separator: ", ") + ")") + already)
    }
}
