import LecternCore

/// Markdown as a simple extra input: ATX heading hashes are removed so "## 一、总体要求" reads as the
/// heading it numbers; everything else is kept as written (positions stay line-for-line).
enum MarkdownText {
    static func plain(_ text: DecodedText) -> DecodedText {
        let lines = text.string.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let hashes = line.prefix { $0 == "#" }
            guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " else { return line }
            return line.dropFirst(hashes.count + 1)
        }
        return DecodedText(
            utf8: Array(lines.joined(separator: "\n").utf8), encoding: text.encoding,
            lineEnding: text.lineEnding)
    }
}
