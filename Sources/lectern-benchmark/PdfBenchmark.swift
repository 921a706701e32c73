import Foundation
import LecternCore
import LecternFormats
import LecternTerminal
import LecternTestSupport

/// `--pdf-pages [N]`: the bundled sample printed as an official document (28 characters a line, 22 lines a page,
/// a running head and `— N —` page numbers) and repeated to N pages, then read as the commands and the reader
/// read it: pdftotext, furniture, reflow, recognition. Prints the median of the runs of each.
func runPdfBenchmark(pages: Int, runs: Int, sample: String) throws {
    var layout = PdfPageLayout()
    layout.runningHeader = "干部述职评议讲话汇编"
    // About 10 pages a copy of the sample.
    var text = sample
    var printed = layout.render(text)
    while printed.pageCount < pages {
        text += "\n" + sample
        printed = layout.render(text)
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-pdf-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("printed.pdf").path
    try printed.data.write(to: URL(fileURLWithPath: path))

    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    var extract: [Double] = []
    var open: [Double] = []
    var firstScreen: [Double] = []
    var document: Document?
    for _ in 0..<runs {
        extract.append(try seconds { _ = try PdfImporter.text(ofFile: path) })
        open.append(try seconds { document = try DocumentOpener.open(path) })
        let start = DispatchTime.now()
        let staged = try DocumentOpener.openForReading(paths: [path])
        let opening = staged
        firstScreen.append(try HeadlessRun.open(opening, width: 100, height: 30, startedAt: start).timings.firstScreen)
    }
    guard let document else { return }
    print(
        String(
            format: "PDF of %d pages (%.0f KB; %d speeches, %d nodes, %d lines of furniture out), median of %d runs:",
            printed.pageCount, Double(printed.data.count) / 1024, document.speeches.count, document.nodes.count,
            document.text.pages?.removed.count ?? 0, runs))
    print("| work | time |")
    print("| --- | --- |")
    print(String(format: "| pdftotext + furniture (PdfImporter) | %.3f s |", median(extract)))
    print(
        String(format: "| open: the above + recognition (what `outline` does before printing) | %.3f s |", median(open))
    )
    print(String(format: "| reader: first screen (100x30) | %.3f s |", median(firstScreen)))
}
