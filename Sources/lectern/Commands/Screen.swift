import ArgumentParser
import Foundation
import LecternCore
import LecternTerminal

/// Runs the terminal reader without a terminal and prints its final screen.
struct Screen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Run the reader headless: feed keys, print the final screen as text.",
        discussion: """
            Keys are written as vim writes them: plain characters as typed, <Enter> <Esc> <Tab> <S-Tab> <Space> <BS> \
            <Up> <Down> <Left> <Right> <PageUp> <PageDown> <Home> <End> <F1> <C-o> <lt>, <Resize:60x20>, and \
            <Click:col,row> <ScrollUp:col,row> <ScrollDown:col,row> for the mouse.
            """
    )

    @OptionGroup var documents: DocumentOptions

    @Option(help: ArgumentHelp("Screen size as COLUMNSxROWS.", valueName: "size"))
    var size: String = "100x30"

    @Option(help: ArgumentHelp("Keys to feed, in vim key notation.", valueName: "keys"))
    var keys: String = ""

    @Flag(help: "After each row, print a row of letters naming each cell's style.")
    var style = false

    @Flag(help: "Print to stderr how long the first screen, the whole documents and the keys took.")
    var timing = false

    func run() throws {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), width >= 0, height >= 0 else {
            throw ValidationError("--size takes COLUMNSxROWS, such as 100x30")
        }
        // Opened as the terminal reader opens them, so the first screen's time is the terminal's; the keys are
        // applied once the whole documents are there.
        let startedAt = DispatchTime.now()
        let opening = try documents.readerOpening()
        let screen: ScreenBuffer
        let timings: HeadlessRun.Timings
        do {
            (screen, timings) = try HeadlessRun.run(
                opening, width: width, height: height, keys: keys, startedAt: startedAt)
        } catch let error as KeyNotation.ParseError {
            throw ValidationError(error.description)
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(2)
        }
        if timing {
            Console.error(
                String(
                    format: "first screen %.3f s, whole documents ready %.3f s, keys %.3f s",
                    timings.firstScreen, timings.wholeDocuments, timings.keys))
        }
        Console.print(style ? HeadlessRun.styledText(screen) : HeadlessRun.text(screen))
    }
}
