/// A numbered node's title: the first sentence of the text after its marker, without the closing punctuation.
enum TitleExtractor {
    static let maximumLength = 80

    static func title(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let (span, truncated, _) = self.span(in: bytes, range)
        let text = ReadingText.resolvingSoftBreaks(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self))
        return truncated ? text + ellipsis : text
    }

    static let ellipsis = "…"

    /// The bytes of the text the title is made of, whether it was cut short (the title then ends with `ellipsis`),
    /// and whether the bytes are plain: no line feed and nothing `TerminalSafeText` replaces. The title is these
    /// bytes as they read (`ReadingText`), so a span without a line feed is the title itself and need not be
    /// copied; a plain one is shown as it is, without being looked at again.
    static func span(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
        Range<Int>, truncated: Bool, plain: Bool
    ) {
        var end = range.lowerBound
        var length = 0
        var truncated = false
        var plain = true
        while end < range.upperBound {
            let lead = bytes[end]
            if lead >= 0xE4, lead <= 0xE9 {
                // An ideograph of U+4000–9FFF, most of a title: it ends no sentence and needs no placeholder.
                if length == maximumLength {
                    truncated = true
                    break
                }
                end += 3
                length += 1
                continue
            }
            let (value, width) = UTF8Text.scalar(in: bytes, at: end)
            if Scalar.endsSentence(UTF8Text.folded(value)) { break }
            if length == maximumLength {
                truncated = true
                break
            }
            end += width
            // A joined paragraph's line feeds are not shown, so they do not count.
            if value != 0x0A { length += 1 }
            if plain, TerminalSafeText.needsPlaceholder(value) { plain = false }
        }
        // Drop trailing commas, colons and blanks: "必须……方向，" reads better without them.
        while end > range.lowerBound {
            let start = UTF8Text.previousScalarStart(in: bytes, before: end, floor: range.lowerBound)
            let s = UTF8Text.folded(UTF8Text.scalar(in: bytes, at: start).value)
            guard s == Scalar.comma || s == Scalar.colon || s == Scalar.ideographicComma || s == Scalar.space else {
                break
            }
            end = start
        }
        return (range.lowerBound..<end, truncated, plain)
    }
}
