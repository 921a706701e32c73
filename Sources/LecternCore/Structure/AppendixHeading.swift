/// A heading that opens a part after the text, whose items are numbered afresh: 附件, 附件1, 附件一：…, 附录,
/// 注释, 名词解释, 参考文献. It stands on a short line of its own (附件 at the start of a sentence is text).
enum AppendixHeading {
    static let words = ["附件", "附录", "附：", "附:", "注释", "名词解释", "参考文献", "附表"]
    static let longestBytes = 120

    /// 附 注 名 参: the only first characters a part heading has.
    @inline(__always) static func mayStart(_ scalar: UInt32) -> Bool {
        scalar == 0x9644 || scalar == 0x6CE8 || scalar == 0x540D || scalar == 0x53C2
    }

    static func marker(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> RecognizedMarker? {
        guard range.count <= longestBytes else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let word = words.first(where: { text.hasPrefix($0) }) else { return nil }
        var cursor = ScalarCursor(bytes, from: range.lowerBound + word.utf8.count, to: range.upperBound)
        let ordinal = MarkerRecognizer.readArabic(&cursor) ?? ChineseNumeral.read(&cursor) ?? 0
        let markerEnd = cursor.position
        let separated = cursor.consume(Scalar.colon) || cursor.consume(Scalar.space)
        cursor.skipBlanks()
        // The heading alone, or followed by a title after a colon or space: never a sentence.
        guard cursor.position == range.upperBound || separated || word.hasSuffix("：") || word.hasSuffix(":"),
            !text.contains(where: { "。；！？".contains($0) })
        else { return nil }
        return RecognizedMarker(
            family: .appendix, ordinal: ordinal, markerRange: range.lowerBound..<markerEnd,
            textRange: cursor.position..<range.upperBound, isInline: false)
    }
}
