/// The JSON outputs of the command line; docs/FORMAT.md documents each field.
public enum DocumentJSON {
    /// `lectern outline --json`: `{"documents":[{"path","encoding","speeches":[…]}]}`.
    public static func outline(_ documents: [Document], depth: Int? = nil) -> JSONValue {
        .object([
            (
                "documents",
                .array(
                    documents.map { document in
                        .object(
                            [
                                ("path", .string(document.path)),
                                ("encoding", .string(document.encoding.rawValue)),
                                ("lineEnding", .string(document.text.lineEnding.rawValue)),
                            ] + paged(document) + [
                                (
                                    "speeches",
                                    .array(
                                        document.speeches.map { speech in
                                            // subtitle, date and speaker appear only where the title block has them.
                                            let block: [(String, JSONValue)] = [
                                                ("subtitle", speech.subtitle), ("date", speech.date),
                                                ("speaker", speech.speaker),
                                            ].compactMap { key, value in
                                                value.map { (key, .string($0)) }
                                            }
                                            return .object(
                                                [
                                                    ("number", .int(speech.number)),
                                                    ("title", .string(speech.title)),
                                                    ("titleInferred", .bool(speech.titleInferred)),
                                                ] + block + [
                                                    ("line", .int(speech.line))
                                                ] + page(speech.line, document) + [
                                                    (
                                                        "children",
                                                        .array(
                                                            speech.topLevelNodes.map {
                                                                node(document.nodes[$0], in: document, depth: depth)
                                                            })
                                                    )
                                                ])
                                        })
                                )
                            ])
                    })
            )
        ])
    }

    static func node(_ node: NumberedNode, in document: Document, depth: Int?) -> JSONValue {
        let children = depth.map { node.depth < $0 } ?? true ? node.children : []
        return .object(
            [
                ("id", .string(node.id)),
                ("marker", .string(node.marker)),
                ("family", .string(node.family.rawValue)),
                ("ordinal", .int(node.ordinal)),
                ("title", .string(node.title)),
                ("line", .int(node.line)),
            ] + page(node.line, document) + [
                ("offset", .int(node.codePointOffset)),
                ("paragraph", .int(node.paragraphIndex)),
                ("inline", .bool(node.isInline)),
                ("children", .array(children.map { self.node(document.nodes[$0], in: document, depth: depth) })),
            ])
    }

    /// `lectern requirements --json`: a flat list of numbered nodes.
    public static func requirements(_ items: [(Document, NumberedNode)]) -> JSONValue {
        .object([
            (
                "requirements",
                .array(
                    items.map { document, node in
                        .object(
                            [
                                ("path", .string(document.path)),
                                ("id", .string(node.id)),
                                ("marker", .string(node.marker)),
                                ("family", .string(node.family.rawValue)),
                                ("title", .string(node.title)),
                                ("line", .int(node.line)),
                            ] + page(node.line, document) + [
                                ("offset", .int(node.codePointOffset)),
                                ("depth", .int(node.depth)),
                                ("inline", .bool(node.isInline)),
                            ])
                    })
            )
        ])
    }

    /// `page` for a line of a paged document (PDF); nothing for the others.
    static func page(_ line: Int, _ document: Document) -> [(String, JSONValue)] {
        document.page(ofLine: line).map { [("page", .int($0))] } ?? []
    }

    /// A paged document's page count and extractor.
    static func paged(_ document: Document) -> [(String, JSONValue)] {
        guard let pages = document.text.pages else { return [] }
        return [("pages", .int(pages.pageCount))] + (document.text.extractor.map { [("extractor", .string($0))] } ?? [])
    }

    /// `lectern check --json`.
    public static func diagnostics(_ items: [(String, Diagnostic)]) -> JSONValue {
        .object([
            (
                "diagnostics",
                .array(
                    items.map { path, diagnostic in
                        .object([
                            ("path", .string(path)),
                            ("severity", .string(diagnostic.severity.rawValue)),
                            ("kind", .string(diagnostic.kind.rawValue)),
                            ("speech", .optional(diagnostic.speech)),
                            ("parent", .optional(diagnostic.parent)),
                            ("line", .int(diagnostic.line)),
                            ("message", .string(diagnostic.message)),
                        ])
                    })
            )
        ])
    }
}
