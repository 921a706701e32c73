/// A sentence that announces a list: "…要进一步强化以下“四种意识”：", "…做到以下几点：". Items after it form a new
/// list beside the previous one rather than nesting in its last item.
enum LeadSentence {
    /// A body paragraph that ends with a colon.
    static func announcesAList(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // ： is EF BC 9A; : is 3A. Read the last bytes only: this runs on every unnumbered paragraph.
        guard let last = range.last else { return false }
        if bytes[last] == 0x3A { return true }
        return range.count >= 3 && bytes[last] == 0x9A && bytes[last - 1] == 0xBC && bytes[last - 2] == 0xEF
    }
}
