/// A numbered node's title: the first sentence of the text after its marker, without the closing punctuation.
enum TitleExtractor {
    static let maximumLength = 80

    static func title(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var end = range.lowerBound
        var length = 0
        var truncated = false
        while end < range.upperBound {
            let (value, width) = UTF8Text.scalar(in: bytes, at: end)
            if Scalar.endsSentence(UTF8Text.folded(value)) { break }
            if length == maximumLength {
                truncated = true
                break
            }
            end += width
            // A joined paragraph's line feeds are not shown, so they do not count.
            if value != 0x0A { length += 1 }
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
        let text = ReadingText.resolvingSoftBreaks(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]), as: UTF8.self))
        return truncated ? text + "…" : text
    }
}
