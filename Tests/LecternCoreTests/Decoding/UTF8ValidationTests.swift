import LecternTestSupport
import Testing

@testable import LecternCore

struct UTF8ValidationTests {
    /// The standard library's UTF-8 parser: where the first ill-formed sequence starts, or nil.
    private func referenceOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static let pieces: [[UInt8]] = [
        Array("文字".utf8), Array("abcdefgh".utf8), Array("é".utf8), Array("𠮷".utf8), Array("一、".utf8),
        [0xE0, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
        [0xE4, 0xB8], [0xE4], [0xC0, 0x80], [0xC2, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x8F, 0xBF, 0xBF], [0x80], [0xBF], [0xFF], [0xE1, 0x80, 0x41], [0xE9, 0xC0, 0x80],
    ]

    /// The validator agrees with the standard library on texts built from valid and broken sequences, at every
    /// alignment and near the end of the buffer, where the four- and eight-byte looks cannot be taken.
    @Test func findsTheSameFirstInvalidByteAsTheStandardLibrary() {
        var random = SeededRandom(defaultSeed: 3)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                // Mostly valid text, now and then a broken piece.
                let piece =
                    Int.random(in: 0..<10, using: &random) < 8
                    ? Self.pieces[Int.random(in: 0..<5, using: &random)]
                    : Self.pieces.randomElement(using: &random)!
                bytes += piece
            }
            let got = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
            #expect(got == referenceOffset(bytes), "\(bytes) \(random.replay)")
        }
    }

    /// Long buffers, where most of the work is the sixteen-byte steps, with a rare broken piece (so the first
    /// one falls anywhere in a step, or in the bytes after the last) and line ends and NULs among the text:
    /// the offset is the standard library's, and a valid buffer's NUL, CR, line feed and controls are found.
    @Test func scansLongTextsAsTheStandardLibraryReadsThem() {
        var random = SeededRandom(defaultSeed: 7)
        let controls: [[UInt8]] = [[0x00], [0x0D], [0x0A], [0x0D, 0x0A], [0x09], [0x1F, 0x01]]
        for _ in 0..<4_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...120, using: &random) {
                let roll = Int.random(in: 0..<200, using: &random)
                bytes +=
                    roll == 0
                    ? Self.pieces.randomElement(using: &random)!
                    : roll < 6
                        ? controls.randomElement(using: &random)! : Self.pieces[Int.random(in: 0..<5, using: &random)]
            }
            let scan = bytes.withUnsafeBufferPointer { UTF8Validation.scan($0) }
            let expected = referenceOffset(bytes)
            #expect(scan.firstInvalid == expected, "\(bytes) \(random.replay)")
            if expected == nil {
                #expect(scan.hasNUL == bytes.contains(0), "\(bytes) \(random.replay)")
                #expect(scan.hasCR == bytes.contains(0x0D), "\(bytes) \(random.replay)")
                #expect(scan.hasLineFeed == bytes.contains(0x0A), "\(bytes) \(random.replay)")
                #expect(scan.bytesBelowSpace == bytes.filter { $0 < 0x20 }.count, "\(bytes) \(random.replay)")
            }
        }
    }

    /// Controls are counted in byte-wide counters summed every 255 steps: buffers of controls alone and of controls
    /// among text, longer than that many steps, are counted exactly.
    @Test func countsControlsPastTheCountersWidth() {
        for length in [255 * 16 - 1, 255 * 16, 255 * 16 + 17, 3 * 255 * 16 + 5] {
            let controls = [UInt8](repeating: 0x01, count: length)
            #expect(controls.withUnsafeBufferPointer { UTF8Validation.scan($0) }.bytesBelowSpace == length)
            let mixed = (0..<length).map { $0 % 3 == 0 ? UInt8(0x1F) : UInt8(0x41) }
            #expect(mixed.withUnsafeBufferPointer { UTF8Validation.scan($0) }.bytesBelowSpace == (length + 2) / 3)
        }
    }
}
