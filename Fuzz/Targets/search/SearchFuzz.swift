import Foundation
import LecternFuzzSupport

@testable import LecternCore
@testable import LecternTerminal

// The search query, literal and regular expression: typed into a headless reader's `/` (or `\`) prompt a
// character at a time, as the incremental search runs it, then n, N and Enter; and the literal matcher against a
// plain reference. The frame is checked as in the keys target.
//
// The first byte chooses: bit 0 — regular expressions (`:regex` first); bit 1 — search backward; bit 2 — the
// rest is QUERY NUL TEXT and the reader opens TEXT, else the rest is the query and the reader opens the sample;
// bit 3 — a frame after every key (else after the last).
//
// Properties: nothing traps; the literal matcher finds exactly the matches of a scalar-by-scalar reference (same
// folding, leftmost, not overlapping) in the text; folding is idempotent.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearch(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let flags = data[0]
    let rest = Fuzz.bytes(data + 1, size - 1)
    let query: String
    var document = Fuzz.sample
    if flags & 4 != 0 {
        let parts = rest.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        query = String(decoding: parts[0], as: UTF8.self)
        let text = String(decoding: parts.count > 1 ? parts[1] : [], as: UTF8.self)
        compareWithReference(query: query, text: text)
        guard let decoded = try? TextDecoder.decode(Array(text.utf8)) else { return 0 }
        document = DocumentParser.parse(decoded, path: "/fuzz/text.txt")
        guard !document.paragraphs.isEmpty else { return 0 }
    } else {
        query = String(decoding: rest, as: UTF8.self)
        // The reference costs query × text: the first 4 KB of the sample.
        compareWithReference(query: query, text: String(decoding: Fuzz.sampleBytes.prefix(4096), as: UTF8.self))
    }
    for scalar in query.unicodeScalars {
        let folded = SearchMatcher.fold(scalar.value)
        Fuzz.require(
            SearchMatcher.fold(folded) == folded, "folding U+\(String(scalar.value, radix: 16)) twice differs from once"
        )
    }

    var app = ReaderApp(documents: [document], width: 60, height: 16, fileSystem: MemoryFileSystem())
    var keys: [Key] = []
    if flags & 1 != 0 { keys += ":regex".map(Key.character) + [.enter] }
    keys.append(.character(flags & 2 != 0 ? "\\" : "/"))
    keys += query.map { KeyNotation.key(for: $0) }
    keys += [.enter, .character("n"), .character("n"), .character("N"), .character("N"), .character("N")]
    let everyKey = flags & 8 != 0
    for key in keys where !app.isFinished {
        app.handle(key)
        if everyKey { Frame.check(app.render()) }
    }
    if !everyKey { Frame.check(app.render()) }
    return 0
}

/// Every match of `SearchMatcher` in `text`, and the same found scalar by scalar.
private func compareWithReference(query: String, text: String) {
    let matcher = SearchMatcher(query)
    let found = matcher.matches(in: text)
    let expected = referenceMatches(matcher.pattern, in: text)
    Fuzz.require(
        found == expected,
        "SearchMatcher found \(found), the reference \(expected), for \(query.debugDescription) in \(text.debugDescription)"
    )
}

private func referenceMatches(_ pattern: [UInt32], in text: String) -> [Range<Int>] {
    guard !pattern.isEmpty else { return [] }
    var scalars: [(value: UInt32, offset: Int)] = []
    var offset = 0
    for scalar in text.unicodeScalars {
        scalars.append((SearchMatcher.fold(scalar.value), offset))
        offset += UTF8.width(scalar)
    }
    var out: [Range<Int>] = []
    var i = 0
    while i + pattern.count <= scalars.count {
        if (0..<pattern.count).allSatisfy({ scalars[i + $0].value == pattern[$0] }) {
            let end = i + pattern.count < scalars.count ? scalars[i + pattern.count].offset : offset
            out.append(scalars[i].offset..<end)
            i += pattern.count
        } else {
            i += 1
        }
    }
    return out
}
