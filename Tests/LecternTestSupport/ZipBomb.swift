import Foundation

/// Zip bombs written by hand, so a test can afford hundreds of MB: the deflate stream (RFC 1951) is one block of
/// fixed Huffman codes in which a space is repeated as copies of 258 bytes at distance 1, 13 bits each — about
/// 1.9 MB for 300 MB of spaces, and nothing to compress (ZIPFoundation takes 6 s to deflate 300 MB in a debug
/// build). Deflate's best ratio is about 1,000; this one is about 160, under the importer's ratio guard, so only
/// the size limits can stop it. The CRC is left 0: computing it over hundreds of MB would cost what the hand
/// writing saves, and the importer does not check it (a bomb need not be honest anyway).
public enum ZipBomb {
    /// A .docx whose word/document.xml is one paragraph of `spaces` spaces (under 4 GB in all), declaring its
    /// true size (`ZipHeaders` makes it lie).
    public static func docx(spaces: Int) -> Data {
        let head = Array(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(DocxBuilder.namespace)><w:body><w:p><w:r><w:t xml:space=\"preserve\">"
                .utf8)
        let tail = Array("</w:t></w:r></w:p></w:body></w:document>".utf8)
        var deflate = BitWriter()
        deflate.write(0b011, bits: 3)  // the final block, fixed Huffman codes
        head.forEach { deflate.literal($0) }
        if spaces > 0 { deflate.literal(0x20) }
        let copies = max(0, spaces - 1) / 258
        let copy = BitWriter.reversed(0b1100_0101, bits: 8) | BitWriter.reversed(0, bits: 5) << 8  // length 258, distance 1
        deflate.repeatWrite(copy, bits: 13, times: copies)
        for _ in 0..<max(0, spaces - 1 - copies * 258) { deflate.literal(0x20) }
        tail.forEach { deflate.literal($0) }
        deflate.write(0, bits: 7)  // end of block
        deflate.flush()

        let size = UInt32(head.count + spaces + tail.count)
        return archive(name: "word/document.xml", deflated: deflate.bytes, declaredSize: size)
    }

    /// One deflated entry (CRC 0): local header, data, central directory, end record.
    static func archive(name: String, deflated: [UInt8], declaredSize: UInt32) -> Data {
        var out: [UInt8] = []
        func le(_ value: Int, _ bytes: Int) {
            for k in 0..<bytes { out.append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
        }
        let name = Array(name.utf8)
        // What the local and the central header both say: no flags, deflate, no time, CRC 0, sizes, name length,
        // no extra field.
        func entryFields() {
            le(0, 2)
            le(8, 2)
            le(0, 4)
            le(0, 4)
            le(deflated.count, 4)
            le(Int(declaredSize), 4)
            le(name.count, 2)
            le(0, 2)
        }
        // Local header: signature, version 2.0 needed, the entry's fields.
        le(0x0403_4B50, 4)
        le(20, 2)
        entryFields()
        out += name
        out += deflated
        let directory = out.count
        // Central header: signature, versions made by and needed, the entry's fields, then no comment, disk 0,
        // no attributes, offset 0.
        le(0x0201_4B50, 4)
        le(20, 2)
        le(20, 2)
        entryFields()
        le(0, 2)
        le(0, 2)
        le(0, 2)
        le(0, 4)
        le(0, 4)
        out += name
        let directorySize = out.count - directory
        le(0x0605_4B50, 4)
        le(0, 2)
        le(0, 2)
        le(1, 2)
        le(1, 2)
        le(directorySize, 4)
        le(directory, 4)
        le(0, 2)
        return Data(out)
    }
}

/// Bits packed the way deflate packs them: least significant first, Huffman codes most significant bit first.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var pending: UInt64 = 0
    private var count = 0

    mutating func write(_ value: UInt32, bits: Int) {
        pending |= UInt64(value) << count
        count += bits
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            count -= 8
        }
    }

    /// A byte as a fixed Huffman literal code: 8 bits from 0x30 for 0–143, 9 bits from 0x190 for 144–255.
    mutating func literal(_ byte: UInt8) {
        if byte < 144 {
            write(Self.reversed(0x30 + UInt32(byte), bits: 8), bits: 8)
        } else {
            write(Self.reversed(0x190 + UInt32(byte) - 144, bits: 9), bits: 9)
        }
    }

    /// `value` written `times` times; once the writer is at a byte boundary, eight at a time as whole bytes.
    mutating func repeatWrite(_ value: UInt32, bits: Int, times: Int) {
        var left = times
        while left > 0, count != 0 || left < 8 {
            write(value, bits: bits)
            left -= 1
        }
        var eight = BitWriter()
        for _ in 0..<8 { eight.write(value, bits: bits) }
        if eight.count == 0 {
            bytes += Array([[UInt8]](repeating: eight.bytes, count: left / 8).joined())
            left %= 8
        }
        for _ in 0..<left { write(value, bits: bits) }
    }

    mutating func flush() {
        if count > 0 { write(0, bits: 8 - count) }
    }

    static func reversed(_ code: UInt32, bits: Int) -> UInt32 {
        (0..<bits).reduce(0) { $0 << 1 | (code >> $1 & 1) }
    }
}
