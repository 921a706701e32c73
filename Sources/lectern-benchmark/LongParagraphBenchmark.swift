import Foundation
import LecternCore
import LecternFormats
import LecternTerminal

/// `--long-paragraph [CHARS]`: a document that is one paragraph of CHARS Chinese characters (a page flattened to
/// one line), opened as `lectern FILE` opens it, then keystrokes timed one by one, each with its frame: typing a
/// search for a common word, n and N, G and g, a jump from the first hit to the last (the far end of the
/// paragraph), and pages down. Every reader operation must cost about the same whatever the paragraph's length.
func runLongParagraphBenchmark(characters: Int) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-long-paragraph-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("long-paragraph.txt").path
    try Data(longParagraph(characters: characters).utf8).write(to: URL(fileURLWithPath: path))

    let start = DispatchTime.now()
    let staged = try DocumentOpener.openForReading(paths: [path])
    let opening = staged
    let opened = try HeadlessRun.open(opening, width: 100, height: 30, startedAt: start)
    var session = opened.session
    let document = session.app.reader.document
    print(
        String(
            format: "one paragraph of %d characters (%.1f MB, %d paragraphs), 100x30; whole document ready %.3f s",
            characters, Double(document.text.utf8.count) / 1e6, document.paragraphs.count,
            opened.timings.wholeDocuments))
    print("| keys | mean | max |")
    print("| --- | --- | --- |")

    /// Milliseconds each key takes, frame included.
    func timed(_ notation: String) throws -> [Double] {
        try KeyNotation.parse(notation).map { key in
            1000
                * seconds {
                    session.handle(key)
                    _ = session.render()
                }
        }
    }
    func report(_ label: String, _ times: [Double]) {
        let mean = times.reduce(0, +) / Double(max(1, times.count))
        print(String(format: "| %@ | %.2f ms | %.2f ms |", label as NSString, mean, times.max() ?? 0))
    }
    func status() -> String { session.render().rows.last ?? "" }
    let query = try timed("/工作<Enter>")
    report("`/` (the search prompt)", [query[0]])
    report("`工` (the query's first character)", [query[1]])
    report("`作` (its second)", [query[2]])
    report("`<Enter>`", [query[3]])
    let hits = status()
    report("`n` ×20", try timed(String(repeating: "n", count: 20)))
    report("`N`", try timed("N"))
    report("`G` (bottom)", try timed("G"))
    report("`g` (top)", try timed("g"))
    report("`n` (the first hit)", try timed("n"))
    report("`N` from the first hit to the last, at the far end", try timed("N"))
    let lastHit = status()
    _ = try timed("g")
    report("`<PageDown>` ×20 from the top", try timed(String(repeating: "<PageDown>", count: 20)))
    report("`v))a<Enter>` (annotate two sentences; saved)", try timed("v))a<Enter>"))
    let pages = String(repeating: "<PageUp><PageDown>", count: 5)
    report("`<PageUp><PageDown>` ×5, the annotation on screen", try timed(pages))
    report("`G[a` (back to the annotation)", try timed("G[a"))
    let resizes = "<Resize:120x40><Resize:100x30><Resize:120x40><Resize:100x30>"
    report("resize ×4 (the paragraph wrapped again)", try timed(resizes))
    _ = try timed(":regex<Enter>")
    report("`/工.<Enter>` with `:regex`, per key", try timed("/工.<Enter>"))
    print("status after the search: " + hits)
    print("status at the last hit: " + lastHit)
}

/// Chinese sentences run together into one line of exactly `characters` characters, with no line break.
private func longParagraph(characters: Int) -> String {
    let sentences = [
        "述职评议是地方各级人大在工作实践中创造出来的一种行之有效的监督形式，是人大在新形势下把工作监督、法律监督落到实处的有益尝试。",
        "各考评部门要切实提高对考评工作重要性的认识，站在讲政治的高度，认真负责地做好考评工作。",
        "组工干部身负发现干部、考察干部、推荐干部的职责，要真正把那些政治上靠得住、工作上有本事、作风上过得硬的干部选准用好。",
        "要坚持典型引路、试点先行、稳妥推进原则，工作部署前要深入调研，吃透实情，慎重提出改革措施。",
        "人民群众的利益要落到实处，一方面要靠我们的自觉行动，另一方面，离不开人大的监督。",
    ]
    var random = Xorshift(state: 0x5DEE_CE66_D1CE_4E5B)
    var text = ""
    var count = 0
    while count < characters {
        let sentence = sentences[random.next(sentences.count)]
        let taken = sentence.prefix(characters - count)
        text += taken
        count += taken.count
    }
    return text + "\n"
}
