import Foundation
import LecternCore
import LecternFormats
import LecternTerminal

/// The reader on one file as `lectern FILE` opens it, without a terminal: the first screen (a big file's first
/// part), the whole document ready (loaded in the background, as the reader does), and keystrokes on it.
/// Run it in a fresh process per file: a second opening in the same process finds its memory warm.
func runReaderBenchmark(path: String, keys: Int) throws {
    let start = DispatchTime.now()
    func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
    let staged = try DocumentOpener.openForReading(paths: [path])
    let opening = staged
    let opened = try HeadlessRun.open(opening, width: 100, height: 30, startedAt: start)
    var session = opened.session
    let timings = opened.timings

    // Typing a search re-searches the whole document at each character; then keys that move.
    func perKey(_ keys: [Key]) -> Double {
        let keyStart = elapsed()
        for key in keys {
            session.handle(key)
            _ = session.render()
        }
        return (elapsed() - keyStart) / Double(max(1, keys.count))
    }
    let search = try KeyNotation.parse("/考评<Enter>")
    let searchKey = perKey(search)
    let cycle = ["j", "k", "]]", "[[", "}", "{", "<C-d>", "<C-u>", "n", "N"]
    let moves = try KeyNotation.parse((0..<keys).map { cycle[$0 % cycle.count] }.joined())
    let moveKey = perKey(moves)
    let hits = session.render().rows.last ?? ""

    let document = session.app.reader.document
    print(
        String(
            format: "%@: %.1f MB, %d paragraphs, %d speeches", path as NSString,
            Double(document.text.utf8.count) / 1e6, document.paragraphs.count, document.speeches.count))
    print(String(format: "first screen %.3f s (%@)", timings.firstScreen, timings.firstScreenShowed as NSString))
    print(String(format: "whole document ready %.3f s", timings.wholeDocuments))
    print(
        String(
            format:
                "typing /考评<Enter>: %.1f ms per key; then %d keys (j k ]] [[ } { C-d C-u n N): %.3f ms per key (frames included)",
            searchKey * 1000, moves.count, moveKey * 1000))
    print("last status line: " + hits)
}
