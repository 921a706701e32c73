/// Text built as UTF-8 bytes, for reports with a line per node or paragraph of a big document: appending bytes
/// costs a copy, where a String's append also checks grapheme boundaries at each join.
struct UTF8Builder {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ number: Int) {
        append(String(number))
    }
}
