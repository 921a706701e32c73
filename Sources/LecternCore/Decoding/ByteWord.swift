/// Tests on eight bytes at once (a UInt64 loaded from text), for loops that skip what needs no look.
/// The classic carry tricks: exact for "is some byte zero" and for "is some byte below n" with n ≤ 0x80.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always) static func hasByte(below limit: UInt8, _ word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    @inline(__always) static func hasByte(_ value: UInt8, _ word: UInt64) -> Bool {
        hasByte(below: 1, word ^ (ones &* UInt64(value)))
    }
}
