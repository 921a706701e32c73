import LecternCore

/// The accuracy figures as JSON (`--json`): the table's figures per document and in total, and with `--verbose`
/// each document's misses.
enum AccuracyJSON {
    static func render(
        directory: String, _ files: [FileAccuracy], total: FileAccuracy, unscored: [String],
        verbose: Bool
    ) -> String {
        JSONValue.object([
            ("directory", .string(directory)),
            ("files", .array(files.map { figures($0, misses: verbose) })),
            ("total", figures(total, misses: false)),
            ("unscored", .array(unscored.map { .string($0) })),
        ]).rendered()
    }

    private static func figures(_ file: FileAccuracy, misses: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("file", .string(file.file)),
            (
                "speeches",
                .object([
                    ("found", .int(file.speeches.right)), ("expected", .int(file.speeches.expected)),
                    ("extra", .int(file.extraSpeeches)),
                ])
            ),
            ("titles", tally(file.titles)),
            (
                "sections",
                .object([
                    ("right", .int(file.sections.right)), ("expected", .int(file.sections.expected)),
                    ("extra", .int(file.extraSections)),
                ])
            ),
            ("children", tally(file.children)),
            ("duplicateIds", .int(file.duplicateIds)),
            ("checkWarnings", .int(file.warnings)),
            ("chrome", .object([("dropped", .int(file.chrome.right)), ("lines", .int(file.chrome.expected))])),
            (
                "body",
                .object([
                    ("kept", .int(file.body.right)), ("lines", .int(file.body.expected)),
                    ("percent", file.body.expected == 0 ? .null : .number(AccuracyTable.percent(file.body))),
                ])
            ),
        ]
        if misses {
            members.append(
                (
                    "misses",
                    .array(
                        file.misses.map { miss in
                            .object([
                                ("kind", .string(miss.kind.rawValue)), ("line", miss.line.map { .int($0) } ?? .null),
                                ("detail", .string(miss.detail)),
                            ])
                        })
                ))
        }
        return .object(members)
    }

    private static func tally(_ tally: Tally) -> JSONValue {
        .object([("right", .int(tally.right)), ("expected", .int(tally.expected))])
    }
}
