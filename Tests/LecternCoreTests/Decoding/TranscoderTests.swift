import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// The table-driven GB18030 and UTF-16 transcoders against Foundation's conversion, which the decoder used
/// before them: the same UTF-8 for every valid input, a failure for every invalid one.
@Suite struct TranscoderTests {
    static let gb = GB18030.foundationEncoding

    /// What the decoder did before: Foundation's conversion, nil when it fails.
    func foundation(_ bytes: [UInt8], _ encoding: String.Encoding) -> [UInt8]? {
        String(data: Data(bytes), encoding: encoding).map { Array($0.utf8) }
    }

    func gbUTF8(_ bytes: [UInt8], workers: Int = 1) -> [UInt8]? {
        if case .utf8(let utf8) = GB18030.utf8(from: bytes[...], workers: workers) { return utf8 }
        return nil
    }

    func utf16UTF8(_ bytes: [UInt8], bigEndian: Bool, workers: Int = 1) -> [UInt8]? {
        if case .utf8(let utf8) = UTF16Transcoder.utf8(from: bytes[...], bigEndian: bigEndian, workers: workers) {
            return utf8
        }
        return nil
    }

    func fourByteCode(_ index: Int) -> [UInt8] {
        [
            UInt8(0x81 + index / 12600), UInt8(0x30 + index / 1260 % 10), UInt8(0x81 + index / 10 % 126),
            UInt8(0x30 + index % 10),
        ]
    }

    // MARK: GB18030 against Foundation

    @Test func everyTwoByteCodeDecodesAsFoundationDecodesIt() throws {
        // The bulk derivation equals Foundation's answer code by code.
        let scalars = GB18030.twoByteScalars()
        #expect(scalars == GB18030.twoByteScalars(oneByOne: true))
        #expect(!scalars.contains(0) && GB18030.twoByteUTF8.count == scalars.count)
        let all = GB18030.twoByteCodes()
        let expected = try #require(foundation(all, Self.gb))
        #expect(gbUTF8(all) == expected)
        // Each code between ASCII letters, so a wrong length would shift what follows.
        let spaced: [UInt8] = stride(from: 0, to: all.count, by: 2).flatMap { [UInt8(0x61), all[$0], all[$0 + 1]] }
        #expect(gbUTF8(spaced) == foundation(spaced, Self.gb))
    }

    @Test func everyFourByteBMPCodeDecodesAsFoundationDecodesIt() throws {
        let codes = (0..<GB18030.bmpFourByteCount).map(fourByteCode)
        let all = Array(codes.joined())
        let expected = try #require(foundation(all, Self.gb))
        #expect(gbUTF8(all) == expected)
        let scalars = String(decoding: try #require(gbUTF8(all)), as: UTF8.self).unicodeScalars.map(\.value)
        #expect(scalars.count == codes.count)
        #expect(scalars.allSatisfy { $0 >= 0x80 && $0 <= 0xFFFF && !(0xD800...0xDFFF).contains($0) })
        #expect(GB18030.rangeStarts.first == 0 && GB18030.rangeStarts == GB18030.rangeStarts.sorted())
    }

    @Test func supplementaryCodesAcrossThePlanesDecodeAsFoundationDecodesThem() throws {
        let offsets = Array(stride(from: 0, to: 0x10_0000, by: 251)) + [0xFFFF, 0x1_0000, 0x1_0BB7, 0xF_FFFF]
        let codes = offsets.map { fourByteCode(GB18030.supplementaryStart + $0) }
        #expect(codes.first == [0x90, 0x30, 0x81, 0x30] && codes.last == [0xE3, 0x32, 0x9A, 0x35])
        let all = Array(codes.joined())
        #expect(gbUTF8(all) == foundation(all, Self.gb))
        let scalars = String(decoding: try #require(gbUTF8(all)), as: UTF8.self).unicodeScalars.map(\.value)
        #expect(scalars == offsets.map { UInt32(0x1_0000 + $0) })
    }

    @Test func oneByteCodesDecodeAsFoundationDecodesThem() {
        let ascii = (0..<0x80).map { UInt8($0) }
        #expect(gbUTF8(ascii) == ascii)
        // 0x80 is the euro sign; enough of them that the output outgrows the first buffer and is redone.
        let euros = [UInt8](repeating: 0x80, count: 5_000) + Array("中".data(using: Self.gb)!) + [0x80, 0x41]
        #expect(gbUTF8(euros) == foundation(euros, Self.gb))
        #expect(gbUTF8(euros, workers: 3) == foundation(euros, Self.gb))
        #expect(gbUTF8([]) == [])
    }

    /// Text drawn from every kind of character GB18030 encodes: ASCII, Latin and Greek (four-byte BMP), CJK and
    /// punctuation (two-byte), private use, supplementary planes, line feeds and CRs.
    func randomText(scalars count: Int, random: inout SeededRandom) -> String {
        let pools: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x0A...0x0A, 0x0D...0x0D, 0x80...0x7FF, 0x4E00...0x9FFF,
            0x3000...0x303F, 0xFF01...0xFF5E, 0xE000...0xF8FF, 0xA000...0xD7FF,
            0xF900...0xFFFF, 0x1_0000...0x10_FFFF, 0x20AC...0x20AC,
        ]
        var scalars = String.UnicodeScalarView()
        while scalars.count < count {
            let pool = pools[Int.random(in: 0..<pools.count, using: &random)]
            if let scalar = Unicode.Scalar(UInt32.random(in: pool, using: &random)) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    @Test func generatedTextDecodesAsFoundationDecodesIt() throws {
        var random = SeededRandom(defaultSeed: 18_030)
        for round in 0..<20 {
            let text = randomText(scalars: 1 + round * 500, random: &random)
            // Foundation's GB18030 does not round-trip every code point (U+FE10 and its kin have two codes), so
            // the reference is its decoding of its own encoding.
            let gb = try #require(text.data(using: Self.gb).map { [UInt8]($0) })
            #expect(gbUTF8(gb) == foundation(gb, Self.gb), "round \(round), \(random.replay)")
            for bigEndian in [false, true] {
                let utf16 = [UInt8](text.data(using: bigEndian ? .utf16BigEndian : .utf16LittleEndian)!)
                #expect(utf16UTF8(utf16, bigEndian: bigEndian) == Array(text.utf8), "round \(round), \(random.replay)")
            }
        }
    }

    @Test func theSampleDecodesAsFoundationDecodesItInEveryEncoding() throws {
        let sample = try Fixtures.sampleBytes()
        let text = String(decoding: sample, as: UTF8.self)
        let gb = [UInt8](text.data(using: Self.gb)!)
        #expect(gbUTF8(gb) == foundation(gb, Self.gb))
        #expect(gbUTF8(gb) == sample)
        #expect(utf16UTF8([UInt8](text.data(using: .utf16LittleEndian)!), bigEndian: false) == sample)
        #expect(utf16UTF8([UInt8](text.data(using: .utf16BigEndian)!), bigEndian: true) == sample)
    }

    @Test(arguments: [2, 3, 7])
    func partsDecodedInParallelGiveWhatOneWorkerGives(workers: Int) throws {
        var random = SeededRandom(defaultSeed: 7)
        var text = String(decoding: try Fixtures.repeatedSampleBytes(3), as: UTF8.self)
        text += randomText(scalars: 20_000, random: &random) + "\n" + text
        let gb = [UInt8](text.data(using: Self.gb)!)
        let serial = try #require(gbUTF8(gb))
        #expect(serial == foundation(gb, Self.gb))
        #expect(gbUTF8(gb, workers: workers) == serial, "\(random.replay)")
        for bigEndian in [false, true] {
            let utf16 = [UInt8](text.data(using: bigEndian ? .utf16BigEndian : .utf16LittleEndian)!)
            #expect(utf16UTF8(utf16, bigEndian: bigEndian) == Array(text.utf8), "\(random.replay)")
            #expect(utf16UTF8(utf16, bigEndian: bigEndian, workers: workers) == Array(text.utf8), "\(random.replay)")
        }
    }

    @Test func partsNeverSplitASurrogatePair() {
        // Pairs only: every even cut that falls on a low surrogate must move past it.
        let text = String(repeating: "𠮷😀", count: 5_000)
        for bigEndian in [false, true] {
            let utf16 = [UInt8](text.data(using: bigEndian ? .utf16BigEndian : .utf16LittleEndian)!)
            for workers in [2, 3, 5, 8] {
                #expect(utf16UTF8(utf16, bigEndian: bigEndian, workers: workers) == Array(text.utf8))
            }
        }
    }

    // MARK: Invalid input

    @Test func invalidGB18030IsFoundWhereItStartsAndFoundationRefusesItToo() throws {
        let valid = [UInt8](String(repeating: "同志们：一、端正态度。abc\n", count: 3_000).data(using: Self.gb)!)
        let bad: [[UInt8]] = [
            [0xFF], [0xA1, 0x7F], [0xA1, 0xFF], [0xA1, 0x0A], [0x81, 0x30, 0x7F, 0x30], [0x81, 0x30, 0x81, 0x3A],
            [0x84, 0x31, 0xA5, 0x30], [0x8F, 0x39, 0xFE, 0x39], [0xE3, 0x32, 0x9A, 0x36], [0xFE, 0x39, 0xFE, 0x39],
            [0x81, 0x20],
        ]
        // Positions at the start, inside, near the parallel cuts, and just before the end; each after a whole line.
        let lineLength = valid.firstIndex(of: 0x0A)! + 1
        for line in [0, 1, 999, 1_500, 1_501, 2_999] {
            let position = line * lineLength
            for sequence in bad {
                var bytes = valid
                bytes.insert(contentsOf: sequence, at: position)
                #expect(foundation(bytes, Self.gb) == nil)
                for workers in [1, 2, 3] {
                    #expect(
                        GB18030.utf8(from: bytes[...], workers: workers) == .invalid(at: position),
                        "\(sequence) at \(position), \(workers) workers")
                }
                // Forced, the message names the byte where it breaks; guessed, the file is undecodable.
                #expect(throws: DecodingError.invalid(.gb18030, byteOffset: position)) {
                    try TextDecoder.decode(bytes, forcing: .gb18030)
                }
                #expect(throws: DecodingError.undetectable) { try TextDecoder.decode(bytes) }
            }
        }
        // Cut short at the very end.
        for tail in [[0x81], [0x81, 0x30], [0x81, 0x30, 0x81]] as [[UInt8]] {
            let bytes = valid + tail
            #expect(foundation(bytes, Self.gb) == nil)
            #expect(GB18030.utf8(from: bytes[...], workers: 2) == .invalid(at: valid.count))
        }
    }

    @Test func randomBytesAreAcceptedAndRefusedAsFoundationDoes() {
        var random = SeededRandom(defaultSeed: 0x6B18030)
        // Bytes that make every kind of sequence, whole and broken.
        let alphabet: [UInt8] = [
            0x0A, 0x30, 0x35, 0x39, 0x3A, 0x40, 0x41, 0x7E, 0x7F, 0x80, 0x81, 0x84, 0x85, 0x8F,
            0x90, 0xA1, 0xB0, 0xE3, 0xE4, 0xFE, 0xFF,
        ]
        var accepted = 0
        for round in 0..<3_000 {
            let length = Int.random(in: 1...12, using: &random)
            let bytes = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            let expected = foundation(bytes, Self.gb)
            if expected != nil { accepted += 1 }
            #expect(gbUTF8(bytes) == expected, "round \(round): \(bytes), \(random.replay)")
        }
        #expect(accepted > 100)
    }

    @Test func loneSurrogatesAreInvalidWhereTheyStand() {
        let text = [UInt8](String(repeating: "讲话abc\n", count: 2_000).data(using: .utf16LittleEndian)!)
        for position in [0, 2, 8_000, 15_998, text.count] {
            for (units, name) in [([0x00, 0xD8], "high, then a letter"), ([0x00, 0xDC], "low")] as [([UInt8], String)] {
                var le = text
                le.insert(contentsOf: units, at: position)
                let be = stride(from: 0, to: le.count, by: 2).flatMap { [le[$0 + 1], le[$0]] }
                #expect(foundation(le, .utf16LittleEndian) == nil)
                for workers in [1, 2, 3] {
                    #expect(
                        UTF16Transcoder.utf8(from: le[...], bigEndian: false, workers: workers)
                            == .invalid(at: position),
                        "\(name) at \(position)")
                    #expect(
                        UTF16Transcoder.utf8(from: be[...], bigEndian: true, workers: workers)
                            == .invalid(at: position),
                        "\(name) at \(position)")
                }
                // Offsets count the file's bytes, the BOM's two included.
                #expect(throws: DecodingError.invalid(.utf16LittleEndian, byteOffset: position + 2)) {
                    try TextDecoder.decode([0xFF, 0xFE] + le)
                }
                #expect(throws: DecodingError.invalid(.utf16BigEndian, byteOffset: position + 2)) {
                    try TextDecoder.decode([0xFE, 0xFF] + be)
                }
            }
        }
    }

    @Test func utf16EdgesDecodeAsFoundationDecodesThem() {
        let cases: [[UInt8]] = [
            [], [0x41], [0x41, 0x00, 0x42], [0x3D, 0xD8, 0x00, 0xDE, 0x41], [0x3D, 0xD8, 0x41],
            [0xFF, 0xFE, 0x41, 0x00],
            [0xFE, 0xFF], [0x00, 0x00, 0x0A, 0x00, 0x0D, 0x00], [0x3D, 0xD8, 0x3D, 0xD8, 0x00, 0xDE],
            [0x00, 0xDC, 0x3D, 0xD8],
            [0xFF, 0xDB, 0xFF, 0xDF],
            [0x7F, 0x00, 0x80, 0x00, 0xFF, 0x07, 0x00, 0x08, 0xFF, 0xFF, 0x41, 0x00, 0x42, 0x00],
        ]
        for bytes in cases {
            let be =
                stride(from: 0, to: bytes.count & ~1, by: 2).flatMap { [bytes[$0 + 1], bytes[$0]] }
                + (bytes.count % 2 == 1 ? [bytes.last!] : [])
            #expect(utf16UTF8(bytes, bigEndian: false) == foundation(bytes, .utf16LittleEndian), "\(bytes)")
            #expect(utf16UTF8(be, bigEndian: true) == foundation(be, .utf16BigEndian), "\(be)")
        }
    }
}
