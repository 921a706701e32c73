/// A document's decoded text as an array of Unicode scalar values, so code-point offsets index it directly.
public struct AnchorText: Sendable {
    public let scalars: [UInt32]

    public init(_ text: DecodedText) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count / 2)
        text.utf8.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                let (value, length) = UTF8Text.scalar(in: bytes, at: i)
                scalars.append(value)
                i += length
            }
        }
        self.scalars = scalars
    }

    public init(_ string: String) {
        scalars = string.unicodeScalars.map(\.value)
    }

    public var count: Int { scalars.count }

    /// The text of `range`, clamped to the text.
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count)), upper = max(lower, min(range.upperBound, count))
        var out = String.UnicodeScalarView()
        for value in scalars[lower..<upper] { out.append(Unicode.Scalar(value)!) }
        return String(out)
    }

    /// Up to `TextQuote.contextLength` code points before `start`.
    public func prefix(before start: Int) -> String {
        string(max(0, start - TextQuote.contextLength)..<start)
    }

    /// Up to `TextQuote.contextLength` code points from `end`.
    public func suffix(after end: Int) -> String {
        string(end..<min(count, end + TextQuote.contextLength))
    }

    /// The quote selector of `range`: its text and the context on each side.
    public func quote(_ range: Range<Int>) -> TextQuote {
        TextQuote(exact: string(range), prefix: prefix(before: range.lowerBound), suffix: suffix(after: range.upperBound))
    }

    /// True when the text at `start` is `needle`.
    public func matches(_ needle: [UInt32], at start: Int) -> Bool {
        guard start >= 0, start + needle.count <= count else { return false }
        for k in 0..<needle.count where scalars[start + k] != needle[k] { return false }
        return true
    }
}

extension String {
    var scalarValues: [UInt32] { unicodeScalars.map(\.value) }
}
