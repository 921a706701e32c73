import Foundation

/// Finds a document type declaration (`<!DOCTYPE …>`) before an XML part's root element. Word never writes one — the
/// Open Packaging Conventions forbid DTDs in a package — and a DTD is where XML's tricks live: entities that expand
/// a small part into gigabytes, or that name files to read. libxml2 (under XMLParser) stops the classic ones, but an
/// entity of 100 KB used 20,000 times still costs it 11 s, so a part with a DTD is refused before it is parsed.
enum XMLPrologue {
    /// True when a `<!` other than a comment comes before the root element. Reads UTF-8 and, by their byte order
    /// mark or leading zero byte, UTF-16 parts (the encodings a package may use); stops at the root element.
    static func declaresDocumentType(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let units = CodeUnits(raw.bindMemory(to: UInt8.self))
            let (open, bang, question, dash) = (
                UInt8(ascii: "<"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "-")
            )
            var i = 0
            while i < units.count {
                guard units[i] == open else {
                    i += 1
                    continue
                }
                switch units[i + 1] {
                case question: i = units.end(of: "?>", from: i + 2)
                case bang where units[i + 2] == dash && units[i + 3] == dash: i = units.end(of: "-->", from: i + 4)
                case bang: return true
                default: return false
                }
            }
            return false
        }
    }

    /// True when libxml2 reads the part as UTF-16: it starts with a UTF-16 byte order mark or with `<?` in UTF-16.
    /// The Open Packaging Conventions allow UTF-8 and UTF-16; a part that is not UTF-16 must be well-formed UTF-8.
    static func isUTF16(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(4))
        return head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
            || head == [0x3C, 0x00, 0x3F, 0x00] || head == [0x00, 0x3C, 0x00, 0x3F]
    }

    /// The code units of UTF-8 (bytes) or UTF-16 (byte pairs) text, seen as bytes where they are ASCII.
    private struct CodeUnits {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Bytes per unit, and the offset of the low byte in a pair.
        let width: Int
        let low: Int

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            let first = bytes.count > 0 ? bytes[0] : 1
            let second = bytes.count > 1 ? bytes[1] : 1
            switch (first, second) {
            case (0xFF, 0xFE), (_, 0x00): (width, low) = (2, 0)
            case (0xFE, 0xFF), (0x00, _): (width, low) = (2, 1)
            default: (width, low) = (1, 0)
            }
        }

        var count: Int { bytes.count / width }

        /// The unit at `i` when it is ASCII; 0xFF past the end or for any other character.
        subscript(i: Int) -> UInt8 {
            guard i < count else { return 0xFF }
            if width == 2, bytes[i * 2 + 1 - low] != 0 { return 0xFF }
            let byte = bytes[i * width + low]
            return byte < 0x80 ? byte : 0xFF
        }

        /// The index just past the first `marker` (ASCII) at or after `start`, or the end.
        func end(of marker: StaticString, from start: Int) -> Int {
            let marker = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
            var i = start
            while i + marker.count <= count {
                if self[i] == marker[0], marker.indices.allSatisfy({ self[i + $0] == marker[$0] }) {
                    return i + marker.count
                }
                i += 1
            }
            return count
        }
    }
}
