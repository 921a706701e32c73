/// The `:` commands and the search prompt's typing that act on the file on screen alone.
extension ReadingPane {
    /// `:regex`, `:literal`: how this file's searches read what is typed.
    static func useRegularExpressions(_ on: Bool, _ reader: inout DocumentReader) -> StatusMessage {
        reader.usesRegex = on
        return .info(
            on
                ? "searches use regular expressions (:literal turns them off)"
                : "searches are literal, ignoring case and full/half width")
    }

    /// `:page N` (PDFs).
    static func goToPage(_ page: Int, _ reader: inout DocumentReader) -> StatusMessage {
        guard reader.jump(toPage: page) else {
            let count = reader.document.text.pages?.pageCount
            return .error(
                count.map { "no page \(page): this document has \($0)" } ?? "this document has no pages (only PDFs do)")
        }
        return .info("page \(page)")
    }

    /// Typing in the search prompt: the hits follow what is typed; nothing typed drops the search.
    static func typeSearch(_ text: String, forward: Bool, _ reader: inout DocumentReader) {
        if text.isEmpty {
            reader.finishSearch(accept: false)
        } else {
            reader.updateSearch(query: text, forward: forward)
        }
    }
}
