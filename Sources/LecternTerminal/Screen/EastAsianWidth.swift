/// A pure width table for when the C library has no UTF-8 locale: the wide and full-width ranges of Unicode's
/// East Asian Width property, combining marks as zero, C0/C1 controls as unprintable.
public enum EastAsianWidth {
    public static func columns(of scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return nil }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        (v >= 0x0300 && v <= 0x036F) || (v >= 0x200B && v <= 0x200F) || (v >= 0xFE00 && v <= 0xFE0F)
            || (v >= 0x20D0 && v <= 0x20FF) || v == 0x2060 || v == 0xFEFF
    }

    static func isWide(_ v: UInt32) -> Bool {
        (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
            || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xA000 && v <= 0xA4CF)
            || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
            || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1F64F)
            || (v >= 0x1F900 && v <= 0x1F9FF) || (v >= 0x20000 && v <= 0x3FFFD)
    }
}
