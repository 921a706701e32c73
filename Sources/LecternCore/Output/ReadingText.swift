import Foundation

/// A paragraph's text as a reader sees it. A paragraph joined from hard-wrapped lines keeps its line feeds in
/// the source bytes (positions stay the file's); shown, a line feed is nothing between Chinese characters and a
/// space after a Latin letter or digit, where the wrap took the space between two words.
///
/// The rule looks only at what comes before the line feed, so the text before any offset reads the same
/// whether or not what follows is known: glyph counts of prefixes add up.
package enum ReadingText {
    package static func resolvingSoftBreaks(_ text: String) -> String {
        // Almost every text has no line feed: memchr says so without walking the string.
        var probe = text
        let hasLineFeed = probe.withUTF8 { utf8 in utf8.baseAddress.map { memchr($0, 0x0A, utf8.count) != nil } ?? false
        }
        guard hasLineFeed else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if let previous, wantsSpace(after: previous) { out.append(" ") }
            } else {
                out.append(scalar)
            }
            previous = scalar
        }
        return String(out)
    }

    /// Glyph-free or a space: what a soft break after `previous` shows as.
    package static func wantsSpace(after previous: Unicode.Scalar) -> Bool {
        previous.isASCII && (previous.properties.isAlphabetic || ("0"..."9").contains(previous) || previous == ",")
    }
}
