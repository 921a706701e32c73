import Foundation
import LecternCore
import LecternSample

// lectern-benchmark: decode + recognize a generated corpus and print throughput.
//   swift run -c release lectern-benchmark [--megabytes N] [--runs R] [--write PATH]
//       [--write-folder DIR [--files N]] [--utf8-only]
// --repeat-sample uses the bundled sample (scraped page, half-width punctuation) repeated instead of the generator.
//   swift run -c release lectern-benchmark --annotations [N] [--megabytes M] [--runs R]   (default 10,000 on 5 MB;
//       the unchanged open repeated R times)
//   swift run -c release lectern-benchmark --reader PATH [--keys N]   (first screen, whole ready, per key)
//   swift run -c release lectern-benchmark --pdf-pages [N]            (the sample printed to N pages, default 100)
//   swift run -c release lectern-benchmark --long-paragraph [CHARS]   (one paragraph, default 1,000,000: per key)
//   swift run -c release lectern-benchmark --accuracy DIR [--verbose] [--json]   (against DIR/expected.json)
//   swift run -c release lectern-benchmark --diff [OLD NEW]          (comparing two ~100 KB reports, or two files)
// --write saves the corpus (UTF-8) so other measurements (the reader, hyperfine) can use the same file;
// --write-folder DIR [--files N] saves it split at line ends into N files (default 2,000) for `--reader DIR`.

var megabytes = 100
var runs = 3
var writePath: String?
var writeFolder: String?
var folderFiles = 2_000
var utf8Only = false
var repeatSample = false
var annotationCount: Int?
var megabytesGiven = false
var readerPath: String?
var readerKeys = 1_000
var longParagraph: Int?
var pdfPages: Int?
var accuracyDirectory: String?
var json = false
var verbose = false
var diffPaths: [String]?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--megabytes":
        megabytes = Int(arguments.popFirst() ?? "") ?? megabytes
        megabytesGiven = true
    case "--annotations":
        annotationCount = 10_000
        if let n = arguments.first.flatMap({ Int($0) }) {
            annotationCount = n
            arguments.removeFirst()
        }
    case "--runs": runs = max(1, Int(arguments.popFirst() ?? "") ?? runs)
    case "--write": writePath = arguments.popFirst()
    case "--write-folder": writeFolder = arguments.popFirst()
    case "--files": folderFiles = max(1, Int(arguments.popFirst() ?? "") ?? folderFiles)
    case "--utf8-only": utf8Only = true
    case "--repeat-sample": repeatSample = true
    case "--reader": readerPath = arguments.popFirst()
    case "--pdf-pages":
        pdfPages = 100
        if let n = arguments.first.flatMap({ Int($0) }) {
            pdfPages = n
            arguments.removeFirst()
        }
    case "--long-paragraph":
        longParagraph = 1_000_000
        if let n = arguments.first.flatMap({ Int($0) }) {
            longParagraph = n
            arguments.removeFirst()
        }
    case "--keys": readerKeys = Int(arguments.popFirst() ?? "") ?? readerKeys
    case "--accuracy" where !arguments.isEmpty: accuracyDirectory = arguments.popFirst()
    case "--json": json = true
    case "--diff":
        diffPaths = []
        if arguments.count >= 2, !arguments.first!.hasPrefix("--") {
            diffPaths = [arguments.removeFirst(), arguments.removeFirst()]
        }
    case "--verbose": verbose = true
    default:
        FileHandle.standardError.write(
            Data(
                "usage: lectern-benchmark [--megabytes N] [--runs R] [--write PATH] [--write-folder DIR [--files N]] [--utf8-only] [--repeat-sample] [--annotations [N]] [--reader PATH [--keys N]] [--long-paragraph [CHARS]] [--pdf-pages [N]] [--accuracy DIR [--verbose] [--json]] [--diff [OLD NEW]]\n"
                    .utf8))
        exit(2)
    }
}

if let accuracyDirectory {
    exit(AccuracyHarness.run(directory: accuracyDirectory, json: json, verbose: verbose))
}

if let diffPaths {
    try runDiffBenchmark(paths: diffPaths, runs: runs)
    exit(0)
}

if let readerPath {
    try runReaderBenchmark(path: readerPath, keys: readerKeys)
    exit(0)
}

if let pdfPages {
    let sample = try String(contentsOfFile: BundledSample.path!, encoding: .utf8)
    try runPdfBenchmark(pages: pdfPages, runs: runs, sample: sample)
    exit(0)
}

if let longParagraph {
    try runLongParagraphBenchmark(characters: longParagraph)
    exit(0)
}

if let annotationCount {
    try runAnnotationBenchmark(megabytes: megabytesGiven ? megabytes : 5, count: annotationCount, runs: runs)
    exit(0)
}

var generator = CorpusGenerator()
let utf8 =
    repeatSample
    ? CorpusGenerator.repeating(
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: BundledSample.path!))), toBytes: megabytes * 1_000_000)
    : generator.corpus(bytes: megabytes * 1_000_000)
let size = Double(utf8.count) / 1e6
if let writePath {
    try Data(utf8).write(to: URL(fileURLWithPath: writePath))
    print("wrote \(writePath) (\(String(format: "%.1f", size)) MB)")
}
if let writeFolder {
    try CorpusFolder.write(utf8, files: folderFiles, to: writeFolder)
    print("wrote \(folderFiles) files in \(writeFolder) (\(String(format: "%.1f", size)) MB)")
}
var inputs = [("UTF-8", utf8)]
let gb18030 = String.Encoding(rawValue: 0x8000_0632)
if !utf8Only {
    // The GB18030 decoder's two-byte table is built at its first use: what that costs, on a line of text.
    let line = [UInt8]("同志们：一、端正态度\n".data(using: gb18030)!)
    let first = try seconds { _ = try TextDecoder.decode(line, forcing: .gb18030) }
    let second = try seconds { _ = try TextDecoder.decode(line, forcing: .gb18030) }
    print(String(format: "GB18030 first use (tables built): %.2f ms, then %.3f ms", first * 1e3, second * 1e3))
    let string = String(decoding: utf8, as: UTF8.self)
    inputs.append(("UTF-16LE", [0xFF, 0xFE] + [UInt8](string.data(using: .utf16LittleEndian)!)))
    inputs.append(("GB18030", [UInt8](string.data(using: gb18030)!)))
}

print(String(format: "corpus: %.1f MB UTF-8, best of %d runs; decode MB/s are of the encoded input", size, runs))
for (name, bytes) in inputs {
    var best = (decode: Double.infinity, parse: Double.infinity, total: Double.infinity)
    var document: Document?
    for _ in 0..<runs {
        var text: DecodedText?
        let decode = try seconds { text = try TextDecoder.decode(bytes) }
        let parse = seconds { document = DocumentParser.parse(text!, path: "corpus.txt") }
        if decode + parse < best.total { best = (decode, parse, decode + parse) }
    }
    let d = document!
    print(
        String(
            format:
                "%-8@ %5.1f MB  decode %6.3f s (%5.0f MB/s)  recognize %6.3f s  total %6.3f s  %7.1f MB/s  (%d paragraphs, %d speeches, %d numbered nodes)",
            name as NSString, Double(bytes.count) / 1e6, best.decode, Double(bytes.count) / 1e6 / best.decode,
            best.parse, best.total, size / best.total, d.paragraphs.count, d.speeches.count, d.nodes.count))
    if try TextDecoder.decode(bytes).utf8 != TextBytes(utf8) {
        print("  warning: \(name) did not decode to the corpus's UTF-8")
    }
}
