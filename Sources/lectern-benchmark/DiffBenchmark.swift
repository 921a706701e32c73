import Foundation
import LecternCore
import LecternFormats

/// `--diff [OLD NEW]`: the time `lectern diff` spends comparing two versions (the documents already read), median of
/// `runs`. With no files, two ~100 KB reports from the corpus generator, the second edited throughout: lines
/// dropped, reworded and inserted, so every later item is renumbered.
func runDiffBenchmark(paths: [String], runs: Int) throws {
    let old: Document
    let new: Document
    if paths.count == 2 {
        old = try DocumentOpener.open(paths[0])
        new = try DocumentOpener.open(paths[1])
    } else {
        var generator = CorpusGenerator()
        let text = String(decoding: generator.corpus(bytes: 100_000), as: UTF8.self)
        old = DocumentParser.parse(try TextDecoder.decode(Array(text.utf8)), path: "old.txt")
        new = DocumentParser.parse(try TextDecoder.decode(Array(editedVersion(of: text).utf8)), path: "new.txt")
    }
    var comparison = DocumentComparison.compare(old, new)
    var times: [Double] = []
    for _ in 0..<max(runs, 5) { times.append(seconds { comparison = DocumentComparison.compare(old, new) }) }
    let median = times.sorted()[times.count / 2]
    let counts = RequirementChange.Kind.allCases.compactMap { kind in
        comparison.counts[kind].map { "\($0) \(kind.rawValue)" }
    }
    print(
        String(
            format: "diff: %d KB and %d KB, %d and %d requirements: %.1f ms (median of %d runs)",
            old.text.utf8.count / 1000, new.text.utf8.count / 1000, old.nodes.count, new.nodes.count, median * 1e3,
            times.count))
    print("  " + counts.joined(separator: ", "))
}

/// Every 29th line dropped, every 17th reworded (工作 → 任务), a new item before every 31st.
private func editedVersion(of text: String) -> String {
    var lines: [String] = []
    for (k, line) in text.components(separatedBy: "\n").enumerated() {
        if k % 58 == 57 { continue }
        if k % 62 == 61 { lines += ["一是新增加的一项要求，要认真研究落实。", ""] }
        lines.append(k % 34 == 33 ? line.replacingOccurrences(of: "工作", with: "任务") : line)
    }
    return lines.joined(separator: "\n")
}
