import Foundation

/// The accuracy figures as a plain-text table (one row per document and a TOTAL row), and the misses listed
/// under it for `--verbose`.
enum AccuracyTable {
    private static let columns = [
        "file", "speeches found", "extra speeches", "titles right", "sections right", "extra sections",
        "children right", "dup ids", "warnings", "chrome dropped", "body kept", "body %",
    ]

    static func render(_ files: [FileAccuracy], total: FileAccuracy, verbose: Bool) -> String {
        let rows = [columns] + (files + [total]).map(cells)
        let widths = columns.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out =
            rows.map { row in
                row.enumerated().map { column, cell in
                    let pad = String(repeating: " ", count: widths[column] - cell.count)
                    return column == 0 ? cell + pad : pad + cell
                }.joined(separator: "  ")
            }.joined(separator: "\n") + "\n"
        if verbose {
            for file in files where !file.misses.isEmpty {
                out += "\n\(file.file)\n"
                for miss in file.misses {
                    out += "  " + (miss.line.map { "line \($0)  " } ?? "") + "\(miss.kind.rawValue): \(miss.detail)\n"
                }
            }
        }
        return out
    }

    private static func cells(_ file: FileAccuracy) -> [String] {
        [
            file.file, fraction(file.speeches), String(file.extraSpeeches), fraction(file.titles),
            fraction(file.sections), String(file.extraSections), fraction(file.children), String(file.duplicateIds),
            String(file.warnings), fraction(file.chrome), fraction(file.body), percent(file.body),
        ]
    }

    private static func fraction(_ tally: Tally) -> String {
        "\(tally.right)/\(tally.expected)"
    }

    static func percent(_ tally: Tally) -> String {
        tally.expected == 0 ? "-" : String(format: "%.1f", 100 * Double(tally.right) / Double(tally.expected))
    }
}
