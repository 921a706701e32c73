import Foundation
import LecternFuzzSupport

@testable import LecternCore
@testable import LecternTerminal

// Key notation and the reader's `:` command line: a headless reader on the bundled sample (with a sidecar of a
// few annotations, in a file system in memory) driven by fuzzed keys, then a frame drawn.
//
// The first byte chooses: bit 0 — the rest is key notation (`jj:2.1<Enter>`), or lines each typed after `:` and
// ended by Enter (the command line's own text, `<` included); bit 1 — a second file is open; bits 2–3 — the
// screen size; bit 4 — a frame after every key, as the terminal draws them (else after the last key only: a
// frame costs more than a key, and every state after a key is the last state of a shorter input). The rest is
// UTF-8 (invalid bytes read as U+FFFD).
//
// Properties: nothing traps; notation → keys → notation → keys gives the same keys; every frame has its size,
// its cursor inside it, and no character a terminal would obey (controls, escapes, bidi overrides).

let second: Document = {
    let lines = String(decoding: Fuzz.sampleBytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
    let text = lines.suffix(80).joined(separator: "\n")
    return DocumentParser.parse(try! TextDecoder.decode(Array(text.utf8)), path: "/fuzz/b.txt")
}()

/// Screen sizes: a usual terminal, a small one, a tiny one, a large one (each frame costs its cells).
let sizes = [(80, 24), (50, 14), (24, 8), (120, 36)]

/// Terminal sizes the harness lets through: a fuzzed `<Resize:99999x99999>` asks for a screen of 10^10 cells,
/// which nothing can draw; the reader draws what it is asked to.
let largestResize = (width: 300, height: 120)

/// The sidecars every input starts from: annotations made with keys on the sample (tags, a note, statuses, a
/// selection), so tags, the panel, undo and saving have something to work on.
let initialFiles: [String: [UInt8]] = {
    let fileSystem = MemoryFileSystem()
    var app = ReaderApp(documents: [Fuzz.sample, second], width: 100, height: 30, fileSystem: fileSystem)
    app.handle(
        try! KeyNotation.parse("]]a纪律 整改<Enter>e第一条批注<C-j>第二行<Enter>s]]]]a重点<Enter>ss]s]]vlllllla选段<Enter>]fa其他<Enter>")
    )
    let files = fileSystem.contents
    precondition(
        files.keys.contains(AnnotationFile.sidecarPath(forSource: Fuzz.sample.path)),
        "the seed keys made no sidecar: \(files.keys)")
    return files
}()

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = initialFiles
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let flags = data[0]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    var keys: [Key]
    if flags & 1 == 0 {
        guard let parsed = try? KeyNotation.parse(text) else { return 0 }
        let written = KeyNotation.notation(parsed)
        Fuzz.require(
            (try? KeyNotation.parse(written)) == parsed,
            "notation \(written.debugDescription) does not parse back to the keys of \(text.debugDescription)")
        keys = parsed
    } else {
        keys = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            [Key.character(":")] + line.map { KeyNotation.key(for: $0) } + [.enter]
        }
    }
    keys = keys.map { key in
        guard case .resize(let w, let h) = key else { return key }
        return .resize(width: min(w, largestResize.width), height: min(h, largestResize.height))
    }
    let (width, height) = sizes[Int(flags >> 2) & 3]
    let documents = flags & 2 == 0 ? [Fuzz.sample] : [Fuzz.sample, second]
    var app = ReaderApp(
        documents: documents, width: width, height: height, fileSystem: MemoryFileSystem(files: initialFiles))
    let everyKey = flags & 16 != 0
    Frame.check(app.render())
    for key in keys where !app.isFinished {
        app.handle(key)
        if everyKey { Frame.check(app.render()) }
    }
    if !everyKey { Frame.check(app.render()) }
    return 0
}
