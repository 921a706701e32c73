import Foundation
import LecternCore

/// The annotations panel: every annotation of every open file, narrowed by a filter, with a selected row.
struct AnnotationPanel: Equatable {
    var filter = ""
    var editingFilter = false
    var selected = 0
    var top = 0

    /// One annotation in the list.
    struct Row: Equatable {
        let file: Int
        let annotation: Annotation
        let requirement: String?
    }

    /// The rows: by file, anchored annotations in text order, then the orphaned and ambiguous ones.
    static func rows(_ readers: [DocumentReader], filter: String) -> [Row] {
        var out: [Row] = []
        for (file, reader) in readers.enumerated() {
            let annotations = reader.annotations.annotations.sorted {
                ($0.anchor.start ?? Int.max, $0.created) < ($1.anchor.start ?? Int.max, $1.created)
            }
            for annotation in annotations {
                let row = Row(file: file, annotation: annotation, requirement: annotation.target.requirement)
                if matches(row, filter: filter, path: reader.document.path) { out.append(row) }
            }
        }
        return out
    }

    /// `#tag` matches annotations carrying a tag starting with it; other text is looked for (ignoring case and
    /// width) in the tags, the note, the quote, the requirement id, the status, the anchor status and the file name.
    static func matches(_ row: Row, filter: String, path: String) -> Bool {
        let query = filter.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return true }
        let a = row.annotation
        if query.hasPrefix("#") || query.hasPrefix("＃") {
            let tag = String(query.dropFirst())
            return a.tags.contains { $0.hasPrefix(tag) }
        }
        let haystack =
            ([
                PathText.fileName(path), a.note ?? "", a.target.quote.exact,
                row.requirement ?? "", a.status?.rawValue ?? "", a.anchor.status.rawValue,
            ] + a.tags)
            .joined(separator: "\n")
        return !SearchMatcher(query).matches(in: haystack).isEmpty
    }
}
