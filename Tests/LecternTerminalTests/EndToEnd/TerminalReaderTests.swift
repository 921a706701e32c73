import Foundation
import LecternTerminal
import LecternTestSupport
import Testing

/// The real ncurses reader under tmux: Chinese visible and aligned, keys answered, a resize survived, q quits with
/// status 0 and the terminal restored. Skipped where tmux is not installed.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct TerminalReaderTests {
    /// Runs the reader on the sample with LANG unset (the reader must fall back to a UTF-8 locale itself) and
    /// its memory of positions in `state` (a fresh directory by default, never the user's).
    func startReader(
        width: Int = 100, height: Int = 30, state: URL? = nil,
        file: String = Fixtures.samplePath, environment: String = "TERM=xterm-256color"
    ) throws -> TmuxSession {
        let stateDirectory = try state ?? CommandRunner.temporaryDirectory()
        let command =
            "env -u LANG -u LC_ALL -u LC_CTYPE \(environment) "
            + "XDG_STATE_HOME=\(TmuxSession.quote(stateDirectory.path)) \(TmuxSession.quote(CommandRunner.executable.path)) "
            + "\(TmuxSession.quote(file)); echo READER-EXIT=$?; sleep 30"
        return try TmuxSession(
            command: command, width: width, height: height,
            temporaryDirectories: state == nil ? [stateDirectory] : [])
    }

    /// A mouse drag in the text selects a passage and `a` annotates it: the terminal's SGR mouse reports (what
    /// tmux or an xterm sends for a press, a motion with the button held and a release) reach the reader.
    @Test func aMouseDragSelectsAPassageToAnnotate() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("speech.txt").path
        try Data(Fixtures.sampleBytes()).write(to: URL(fileURLWithPath: file))
        let session = try startReader(file: file)
        _ = try session.waitFor { $0.contains { $0.contains("? help") } }
        func mouse(_ button: Int, _ column: Int, _ row: Int, pressed: Bool) throws {
            try session.sendKeys("-l", "\u{1B}[<\(button);\(column);\(row)\(pressed ? "M" : "m")")
            Thread.sleep(forTimeInterval: 0.1)
        }
        try mouse(0, 41, 3, pressed: true)
        try mouse(32, 61, 4, pressed: true)
        try mouse(0, 61, 4, pressed: false)
        try session.sendKeys("a")
        try session.sendKeys("-l", "拖选")
        try session.sendKeys("Enter")
        let screen = try session.waitFor { $0.contains { $0.hasPrefix("tagged #拖选") } }
        #expect(screen.contains { $0.hasPrefix("tagged #拖选") })
        let sidecar = try String(contentsOfFile: file + ".annotations.json", encoding: .utf8)
        #expect(sidecar.contains("\"kind\": \"range\""))
        try session.sendKeys("q")
    }

    /// Colours by default; NO_COLOR and a monochrome terminal get none, and the roles stay visible by attributes.
    @Test func colourFollowsNoColorAndTheTerminal() throws {
        func colours(_ environment: String) throws -> Set<String> {
            let session = try startReader(environment: environment)
            _ = try session.waitFor { $0.contains { $0.contains("? help") } }
            let styled = try session.styledScreen()
            try session.sendKeys("q")
            // SGR parameters 30–37, 40–47, 90–97 and 38;5 / 48;5 are colours; 1, 2, 4, 7 are attributes.
            let codes = styled.matches(of: /\u{1B}\[([0-9;]*)m/).flatMap { $0.1.split(separator: ";").map(String.init) }
            return Set(
                codes.filter { code in
                    guard let n = Int(code) else { return false }
                    return (30...37).contains(n) || (40...47).contains(n) || (90...97).contains(n) || n == 38 || n == 48
                })
        }
        // The test runner itself may run with NO_COLOR set; each case says what it wants.
        #expect(!(try colours("-u NO_COLOR TERM=xterm-256color")).isEmpty)
        #expect(try colours("TERM=xterm-256color NO_COLOR=1").isEmpty)
        #expect(try colours("-u NO_COLOR TERM=vt100").isEmpty)
    }

    /// A file of 5 MB: its first part is on screen while the whole loads, keys typed meanwhile are answered, and
    /// once loaded they hold for the whole file (G goes to its last speech, 540).
    @Test func aBigFileShowsItsStartWhileTheWholeLoads() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.txt").path
        try Data(Fixtures.repeatedSampleBytes(180))
            .write(to: URL(fileURLWithPath: file))
        let session = try startReader(file: file)
        let first = try session.waitFor { $0.contains { $0.contains("? help") } }
        #expect(first.contains { $0.contains("│ ── 1 县长在干部述职评议会议上的讲话 ──") })
        try session.sendKeys("G")
        let end = try session.waitFor(timeout: 30) { $0.contains { $0.contains("100%  ? help") } }
        #expect(end.last { !$0.isEmpty }?.contains("  540.") == true)
        try session.sendKeys("q")
        let exit = try session.waitFor { $0.contains { $0.contains("READER-EXIT=") } }
        #expect(exit.contains("READER-EXIT=0"))
    }

    /// A big file that turns out unreadable past its first part ends the reader with the one-line reason.
    @Test func aBigFileThatFailsToLoadEndsTheReaderWithTheReason() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("broken.txt").path
        let text = try Fixtures.repeatedSampleBytes(180)
        try Data(text + [0, 0, 0] + Array("end\n".utf8)).write(to: URL(fileURLWithPath: file))
        let session = try startReader(file: file)
        let exit = try session.waitFor(timeout: 30) { $0.contains { $0.contains("READER-EXIT=") } }
        #expect(exit.contains("READER-EXIT=2"))
        // The path is long enough to wrap: read the pane as one text.
        #expect(exit.joined().contains("broken.txt: not a text file (NUL byte at offset \(text.count))"))
    }

    @Test func reopeningReturnsToWhereTheReaderLeftIt() throws {
        let state = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let first = try startReader(state: state)
        _ = try first.waitFor { $0.contains { $0.contains("? help") } }
        try first.sendKeys(":3.1.2", "Enter")
        _ = try first.waitFor { $0.contains { $0.contains("3.1.2  ") } }
        try first.sendKeys("q")
        _ = try first.waitFor { $0.contains { $0.contains("READER-EXIT=") } }
        let second = try startReader(state: state)
        let reopened = try second.waitFor { $0.contains { $0.contains("? help") } }
        #expect(reopened.contains { $0.contains("3 › 一、在思想上要高度重视 › 二是要保证考评结果的公正性和严肃性") })
    }

    @Test func chineseIsShownAlignedAndKeysAreAnswered() throws {
        let session = try startReader()
        let first = try session.waitFor { $0.contains { $0.contains("? help") } }
        #expect(first.contains { $0.contains("── 1 县长在干部述职评议会议上的讲话 ──") })
        // The border between the panes is at the same column on every row: wide characters measured alike.
        let columns = Set(
            first.prefix(29).compactMap { row in
                row.firstIndex(of: "│").map { DisplayWidth.of(String(row[..<$0])) }
            })
        #expect(columns.count == 1)

        try session.sendKeys(":2.4.3", "Enter")
        let jumped = try session.waitFor { $0.contains { $0.contains("2.4.3  64%") } }
        #expect(jumped.contains { $0.contains("2 › 四、大力加强组织部门自身建设 › 三是知人善任能力") })

        try session.resize(width: 60, height: 20)
        let resized = try session.waitFor { lines in
            lines.filter { !$0.isEmpty }.count <= 20 && lines.contains { $0.contains("2.4.3") && $0.contains("? help") }
        }
        #expect(resized.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(resized.contains { $0.contains("三是知人善任能力") })

        try session.sendKeys("q")
        let after = try session.waitFor { $0.contains { $0.contains("READER-EXIT=") } }
        #expect(after.contains("READER-EXIT=0"))
        // The alternate screen is gone: none of the reader's text is left on the terminal.
        #expect(!after.contains { $0.contains("县长") || $0.contains("? help") })
    }

    @Test func escapeNeverQuitsAndHelpOpensAndCloses() throws {
        let session = try startReader(width: 80, height: 24)
        _ = try session.waitFor { $0.contains { $0.contains("? help") } }
        try session.sendKeys("Escape")
        try session.sendKeys("?")
        let help = try session.waitFor { $0.contains { $0.contains("Lectern keys") } }
        #expect(help.contains { $0.contains("Quit") })
        try session.sendKeys("Escape")
        let closed = try session.waitFor { !$0.contains { $0.contains("Lectern keys") } }
        #expect(closed.contains { $0.contains("? help") })
        #expect(!closed.contains { $0.contains("READER-EXIT") })
        try session.sendKeys("q")
        #expect(try session.waitFor { $0.contains("READER-EXIT=0") }.contains("READER-EXIT=0"))
    }
}
