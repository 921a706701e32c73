import Foundation
import LecternCore

/// The regular-expression search (`:regex` turns it on): case-insensitive ICU patterns over each paragraph.
/// Unlike the literal search it does not fold full-width forms.
enum RegexSearch {
    static func isValid(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])) != nil
    }

    /// Hits of `pattern` in every paragraph, or nil when the pattern does not compile.
    static func hits(_ pattern: String, in document: Document) -> [SearchHit]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        var hits: [SearchHit] = []
        document.text.utf8.withUnsafeBufferPointer { bytes in
            for paragraph in document.paragraphs {
                let text = document.string(of: paragraph)
                // Matches come in order and do not overlap: their UTF-16 offsets become bytes in one walk over
                // the paragraph, not by counting from its start for each match.
                var offsets = UTF16Offsets(bytes: bytes, start: paragraph.byteRange.lowerBound)
                for match in regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count))
                where match.range.length > 0 {
                    let start = offsets.byte(atUTF16: match.range.location)
                    let end = offsets.byte(atUTF16: match.range.location + match.range.length)
                    hits.append(SearchHit(paragraph: paragraph.index, bytes: start..<end))
                }
            }
        }
        return hits
    }
}

/// Walks valid UTF-8 forward, turning ascending UTF-16 offsets (what Foundation reports) into byte offsets.
private struct UTF16Offsets {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byte: Int
    private var utf16 = 0

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        byte = start
    }

    mutating func byte(atUTF16 offset: Int) -> Int {
        while utf16 < offset {
            let length = UTF8Scalar.decode(bytes, at: byte).length
            utf16 += length == 4 ? 2 : 1  // a scalar beyond the BMP is a surrogate pair
            byte += length
        }
        return byte
    }
}
