import Foundation

/// Turns raw file bytes into `DecodedText`.
///
/// Detection: a BOM decides (UTF-8, UTF-16LE/BE); otherwise NUL bytes mean binary; valid UTF-8 is UTF-8;
/// anything else is tried as GB18030 (a superset of GBK and GB2312).
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], forcing forced: TextEncoding? = nil) throws(DecodingError)
        -> DecodedText
    {
        let bom = ByteOrderMark(prefixOf: bytes)
        let encoding: TextEncoding
        if let forced {
            encoding = forced
        } else if let bom {
            encoding = bom.encoding
        } else {
            if let nul = firstNUL(in: bytes) {
                if let utf16 = utf16WithoutBOM(bytes) { throw .utf16WithoutBOM(utf16) }
                throw .binary(nulOffset: nul)
            }
            if isControlHeavy(bytes) { throw .controlHeavy }
            encoding = isValidUTF8(bytes) ? .utf8 : .gb18030
        }
        let utf8 = try transcode(
            bytes, from: encoding, skippingBOM: bom?.encoding == encoding ? bom : nil,
            detected: forced == nil, alreadyValidated: forced == nil && bom == nil && encoding == .utf8)
        let (normalized, ending) = LineEndingNormalizer.normalize(utf8)
        if forced != nil, encoding != .utf16LittleEndian, encoding != .utf16BigEndian,
            let nul = firstNUL(in: normalized)
        {
            throw .binary(nulOffset: nul)
        }
        return DecodedText(utf8: normalized, encoding: encoding, lineEnding: ending)
    }

    /// A mapped file's text, kept as it is, when its bytes already are the decoded text: no BOM, no NUL, not a
    /// binary's controls, valid UTF-8, no CR. Nil for any other file, which is read and decoded as before (with the
    /// errors that reading gives).
    static func plainText(mapped file: MappedFile, forcing forced: TextEncoding? = nil) -> DecodedText? {
        guard forced == nil || forced == .utf8, let ending = plainUTF8Ending(file) else { return nil }
        return DecodedText(bytes: TextBytes(mapped: file), encoding: .utf8, lineEnding: ending)
    }

    /// The line ending of a mapped file that needs no decoding, or nil when it does. Each core checks its part of
    /// the file a block at a time (the first touch of a page costs a fault, so the reading is shared too), and each
    /// block's pages are handed back once checked: a file read this fast would otherwise be resident whole before
    /// anything could hand it back.
    private static func plainUTF8Ending(_ file: MappedFile) -> LineEnding? {
        let buffer = UnsafeBufferPointer(start: file.base, count: file.count)
        // A file no longer than the control sample (a folder's small files) has its controls counted by the check
        // itself, not by a pass of their own.
        let wholeSampled = buffer.count <= controlSampleBytes
        guard ByteOrderMark(prefixOf: Array(buffer.prefix(4))) == nil, wholeSampled || !isControlHeavy(buffer) else {
            return nil
        }
        let parts = UTF8Validation.leadAlignedRanges(buffer, parts: ParallelWork.slices(forBytes: buffer.count))
        let checked = ParallelWork.map(parts.count) { i in plainUTF8Check(buffer, parts[i], file) }
        guard checked.allSatisfy({ $0.isPlain }) else { return nil }
        if wholeSampled,
            isControlHeavy(buffer, bytesBelowSpace: checked.reduce(0) { $0 + $1.bytesBelowSpace })
        {
            return nil
        }
        return checked.contains { $0.sawLineFeed } ? .lf : LineEnding.none
    }

    /// One part of `plainUTF8Ending`'s check, block by block: no NUL, no CR, valid UTF-8; and whether a line feed
    /// was seen. `range` starts at a lead byte.
    private static func plainUTF8Check(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ file: MappedFile
    ) -> (isPlain: Bool, sawLineFeed: Bool, bytesBelowSpace: Int) {
        var sawLineFeed = false
        var bytesBelowSpace = 0
        var start = range.lowerBound
        while start < range.upperBound {
            var end = min(range.upperBound, start + checkedBlockBytes)
            // A block ends before a lead byte, so no character is split between two blocks.
            while end < range.upperBound, buffer[end] & 0xC0 == 0x80 { end += 1 }
            // One pass over the block for all four.
            let scan = UTF8Validation.scan(UnsafeBufferPointer(rebasing: buffer[start..<end]))
            guard scan.firstInvalid == nil, !scan.hasNUL, !scan.hasCR else {
                return (false, sawLineFeed, bytesBelowSpace)
            }
            sawLineFeed = sawLineFeed || scan.hasLineFeed
            bytesBelowSpace += scan.bytesBelowSpace
            file.release(start..<end)
            start = end
        }
        return (true, sawLineFeed, bytesBelowSpace)
    }

    static let checkedBlockBytes = 8 << 20

    private static func transcode(
        _ bytes: [UInt8], from encoding: TextEncoding, skippingBOM bom: ByteOrderMark?,
        detected: Bool, alreadyValidated: Bool
    ) throws(DecodingError) -> [UInt8] {
        if alreadyValidated { return bytes }
        let body = bytes[(bom?.length ?? 0)...]
        switch encoding {
        case .utf8, .utf8WithBOM, .wordDocument, .pdf, .legacyWord:
            if let offset = firstInvalidUTF8Offset(body) {
                throw .invalid(.utf8, byteOffset: offset + (bom?.length ?? 0))
            }
            return Array(body)
        case .utf16LittleEndian, .utf16BigEndian, .gb18030:
            let outcome =
                encoding == .gb18030
                ? GB18030.utf8(from: body)
                : UTF16Transcoder.utf8(from: body, bigEndian: encoding == .utf16BigEndian)
            switch outcome {
            case .utf8(let utf8):
                return utf8
            case .invalid(let at):
                // A text only guessed to be GB18030 (it is not UTF-8) is undecodable; a forced or marked encoding
                // names the byte where it breaks, counted in the file.
                throw detected && encoding == .gb18030
                    ? .undetectable
                    : .invalid(encoding, byteOffset: at + (bom?.length ?? 0))
            case .needsRoom:
                throw .invalid(encoding, byteOffset: nil)
            }
        }
    }

    static func firstNUL(in bytes: [UInt8]) -> Int? { ByteFind.first(0, in: bytes) }

    /// UTF-16 text without a BOM has NUL in most odd (LE) or even (BE) positions of ASCII and CJK-free stretches;
    /// a binary file has NULs scattered.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 16 else { return nil }
        var evenNUL = 0
        var oddNUL = 0
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
        }
        let pairs = sample.count / 2
        if oddNUL * 10 >= pairs * 3, evenNUL * 20 < pairs { return .utf16LittleEndian }
        if evenNUL * 10 >= pairs * 3, oddNUL * 20 < pairs { return .utf16BigEndian }
        return nil
    }

    /// Text files have few C0 controls besides tab, LF, CR and form feed; binaries have many.
    static func isControlHeavy(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { isControlHeavy($0) } }

    /// The first bytes looked at for controls.
    static let controlSampleBytes = 65_536

    /// `bytesBelowSpace`: those of the sample, when they are counted already.
    static func isControlHeavy(_ buffer: UnsafeBufferPointer<UInt8>, bytesBelowSpace: Int? = nil) -> Bool {
        let count = min(buffer.count, controlSampleBytes)
        guard count >= 32 else { return false }
        // Bit n set: byte n is a control that text does not have (all below 0x20 but tab, LF, form feed, CR and
        // escape). A folder of small files has every byte of every file sampled, so the common case is fast.
        let binaryControls: UInt32 = ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D | 1 << 0x1B)
        let controls = { () -> Int in
            // First every byte below 0x20, eight at a time: when even those are a tenth or less, the controls text
            // lacks are too.
            let low = bytesBelowSpace ?? UTF8Text.bytesBelowSpace(in: UnsafeBufferPointer(rebasing: buffer[..<count]))
            guard low * 10 > count else { return low }
            var controls = 0
            for byte in buffer[..<count] where byte < 0x20 {
                controls &+= Int(binaryControls >> UInt32(byte) & 1)
            }
            return controls
        }()
        return controls * 10 > count
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { firstInvalidUTF8Offset(bytes[...]) == nil }

    /// True when a decoded text's bytes are well-formed UTF-8.
    public static func isValidUTF8(_ text: TextBytes) -> Bool { text.withUnsafeBufferPointer { isValidUTF8($0) } }

    /// True when `bytes` are well-formed UTF-8 (validated the way files are, in parallel parts).
    public static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { firstInvalidUTF8Offset(bytes) == nil }

    /// Offset of the first byte that does not start a well-formed UTF-8 sequence, or nil when all are valid.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset($0) }
    }

    static func firstInvalidUTF8Offset(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        // Validate parts in parallel, each starting at a lead byte; the first failure wins.
        let parts = UTF8Validation.leadAlignedRanges(buffer, parts: ParallelWork.slices(forBytes: buffer.count))
        let failures = ParallelWork.map(parts.count) { i in
            UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: buffer[parts[i]])).map {
                $0 + parts[i].lowerBound
            }
        }
        return failures.compactMap { $0 }.first
    }
}

/// A byte-order mark at the start of a file.
struct ByteOrderMark {
    let encoding: TextEncoding
    let length: Int

    init?(prefixOf bytes: [UInt8]) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            encoding = .utf8WithBOM
            length = 3
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            encoding = .utf16LittleEndian
            length = 2
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            encoding = .utf16BigEndian
            length = 2
        } else {
            return nil
        }
    }
}
