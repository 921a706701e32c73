/// Where a report written as UTF-8 goes: an array in memory, or the executable's standard output.
public protocol UTF8Sink {
    /// Takes the next whole lines of the report.
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Takes lines the writer made terminal-safe as it built them (`TerminalSafeText.mayNeedPlaceholders` false,
    /// line feeds and tabs kept): a big report's pieces need no second look here, on one core.
    mutating func writeSafe(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension UTF8Sink {
    public mutating func writeSafe(_ bytes: UnsafeBufferPointer<UInt8>) { write(bytes) }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }
}

/// A sink that keeps everything, for reports wanted as one value.
public struct UTF8ArraySink: UTF8Sink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes.append(contentsOf: bytes) }
}

/// Text built as UTF-8 bytes, for reports with a line per node or paragraph of a big document: appending bytes
/// costs a copy, where a String's append also checks grapheme boundaries at each join.
struct UTF8Builder {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A fixed word or separator: its bytes are copied with no String made.
    mutating func append(literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func append(spaces count: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    mutating func append(_ number: Int) { bytes.appendDecimal(number) }

    /// Hands what is built to `sink` once it holds `threshold` bytes (call it after whole lines): a big report goes
    /// out in pieces the size of a pipe's buffer instead of being held whole, so it costs no memory of its size.
    mutating func flush(to sink: inout some UTF8Sink, atLeast threshold: Int = 1 << 16) {
        guard bytes.count >= threshold, !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { sink.write($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}

extension [UInt8] {
    /// A number's decimal digits, written straight into the bytes (no String made).
    mutating func appendDecimal(_ number: Int) {
        guard number >= 0 else { return append(contentsOf: String(number).utf8) }
        let start = count
        var rest = number
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        self[start...].reverse()
    }
}
