import Foundation
import LecternCore
import LecternFormats
import LecternTerminal

/// The reader on one file as `lectern FILE` opens it, without a terminal: the first screen (a big file's first
/// part), the whole document ready (loaded in the background, as the reader does), and keystrokes on it.
/// Run it in a fresh process per file: a second opening in the same process finds its memory warm.
func runReaderBenchmark(path: String, keys: Int) throws {
    let start = DispatchTime.now().uptimeNanoseconds
    func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    let staged = try DocumentOpener.openForReading(paths: [path])
    let opening = ReaderOpening(shown: staged.shown, firstParts: staged.firstParts, loadWhole: staged.loadWhole)
    var (session, load) = ReaderSession.open(opening, width: 100, height: 30, memories: [:], canRunEditor: false)
    _ = session.render()
    let firstScreen = elapsed()
    let firstScreenKind = load == nil ? "whole document"
        : session.showsPreview ? "first part, \(opening.shown[0].paragraphs.count) paragraphs" : "first part not shown: loading line"
    if let load { session.deliver(try load.wait().get()) }
    _ = session.render()
    let whole = elapsed()

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
    print(String(format: "%@: %.1f MB, %d paragraphs, %d speeches", path as NSString,
                 Double(document.text.utf8.count) / 1e6, document.paragraphs.count, document.speeches.count))
    print(String(format: "first screen %.3f s%@", firstScreen,
                 " (\(firstScreenKind))"))
    print(String(format: "whole document ready %.3f s", whole))
    print(String(format: "typing /考评<Enter>: %.1f ms per key; then %d keys (j k ]] [[ } { C-d C-u n N): %.3f ms per key (frames included)",
                 searchKey * 1000, moves.count, moveKey * 1000))
    print("last status line: " + hits)
}
