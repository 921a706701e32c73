/// A numbering marker found in a paragraph, before nesting gives it a place in the outline.
/// (One is looked for at every paragraph and kept until the outline is built: 32-bit fields keep that table small.)
struct RecognizedMarker: Equatable {
    let family: MarkerFamily
    /// True when the marker runs inside a paragraph rather than leading it.
    let isInline: Bool
    private let ordinal32: Int32
    private let markerStart: UInt32
    private let markerEnd: UInt32
    private let textStart: UInt32
    private let textEnd: UInt32

    /// The number the document wrote; 0 for 最后 until the sequence gives it one.
    var ordinal: Int { Int(ordinal32) }
    /// Bytes of the marker as written (一、, （一）, 第一,).
    var markerRange: Range<Int> { Int(markerStart)..<Int(markerEnd) }
    /// Bytes of the text after the marker up to the paragraph's (or inline item's) end.
    var textRange: Range<Int> { Int(textStart)..<Int(textEnd) }

    init(family: MarkerFamily, ordinal: Int, markerRange: Range<Int>, textRange: Range<Int>, isInline: Bool) {
        self.family = family
        self.isInline = isInline
        // Numbers a document writes are small; one beyond 32 bits is not a list number anyway.
        ordinal32 = Int32(clamping: ordinal)
        markerStart = UInt32(markerRange.lowerBound)
        markerEnd = UInt32(markerRange.upperBound)
        textStart = UInt32(textRange.lowerBound)
        textEnd = UInt32(textRange.upperBound)
    }
}

/// Unicode scalars the recognizers compare against, after `UTF8Text.folded`.
enum Scalar {
    static let comma: UInt32 = 0x2C  // , and ，
    static let period: UInt32 = 0x2E  // . and ．
    static let colon: UInt32 = 0x3A  // : and ：
    static let semicolon: UInt32 = 0x3B  // ; and ；
    static let exclamation: UInt32 = 0x21  // ! and ！
    static let question: UInt32 = 0x3F  // ? and ？
    static let openParen: UInt32 = 0x28  // ( and （
    static let closeParen: UInt32 = 0x29  // ) and ）
    static let space: UInt32 = 0x20
    static let ideographicComma: UInt32 = 0x3001  // 、
    static let ideographicPeriod: UInt32 = 0x3002  // 。
    static let leftDoubleQuote: UInt32 = 0x201C  // “
    static let di: UInt32 = 0x7B2C  // 第
    static let tiao: UInt32 = 0x6761  // 条
    static let shi: UInt32 = 0x662F  // 是
    static let yao: UInt32 = 0x8981  // 要

    @inline(__always) static func isASCIIDigit(_ s: UInt32) -> Bool { s >= 0x30 && s <= 0x39 }

    /// Ends a sentence: 。！？；and their half-width forms.
    @inline(__always) static func endsSentence(_ s: UInt32) -> Bool {
        s == ideographicPeriod || s == exclamation || s == question || s == semicolon
    }

    /// Punctuation, symbols and spaces: what a heading's text may not consist of alone.
    @inline(__always) static func isPunctuationOrSpace(_ s: UInt32) -> Bool {
        if s < 0x80 { return !(s >= 0x30 && s <= 0x39) && !(s >= 0x41 && s <= 0x5A) && !(s >= 0x61 && s <= 0x7A) }
        return (s >= 0x2000 && s <= 0x206F) || (s >= 0x3000 && s <= 0x303F) || (s >= 0xFF00 && s <= 0xFF0F)
            || (s >= 0xFE30 && s <= 0xFE4F)
    }

    /// ①–⑳ and their ordinals.
    @inline(__always) static func circledOrdinal(_ s: UInt32) -> Int? {
        if s >= 0x2460, s <= 0x2473 { return Int(s - 0x2460) + 1 }
        if s >= 0x3251, s <= 0x325F { return Int(s - 0x3251) + 21 }
        return nil
    }
}
