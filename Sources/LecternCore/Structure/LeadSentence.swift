/// A sentence that announces a list: "…要进一步强化以下“四种意识”：", "…做到以下几点：". Items after it form a new
/// list beside the previous one rather than nesting in its last item.
enum LeadSentence {
    /// A body paragraph that ends with a colon.
    static func announcesAList(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let last = UTF8Text.previousScalarStart(in: bytes, before: range.upperBound, floor: range.lowerBound)
        return UTF8Text.folded(UTF8Text.scalar(in: bytes, at: last).value) == Scalar.colon
    }
}
