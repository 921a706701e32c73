import CNcursesw
import Glibc
import LecternCore

/// The only code that talks to ncurses: sets the terminal up, draws `ScreenBuffer` frames, turns ncurses input
/// into `Key`s, and restores the terminal on quit and around Ctrl-Z.
public enum NcursesBackend {
    /// Runs the reader on the terminal until it quits, returning to the positions and marks `memory` holds and
    /// saving them there on quit. When the opening shows first parts of big files, the whole documents load in
    /// the background meanwhile; if that fails, the reader ends and the failure is returned.
    /// With `comparison`, the new version (the opening's one document) is shown beside it (`lectern --diff`).
    package static func run(
        _ opening: ReadingOpening, memory: ReadingMemoryStore?, comparison: ComparisonReading? = nil
    ) -> DocumentLoadError? {
        _ = TerminalLocale.isUTF8  // before ncurses starts, so it measures and prints wide characters
        guard let window = initscr() else { return nil }
        defer { endwin() }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        // Press and release apart (no click resolution): a press and release in one place is a click, apart a drag.
        mousemask(LECTERN_BUTTON1_PRESSED | button1Released | LECTERN_BUTTON4_PRESSED | LECTERN_BUTTON5_PRESSED, nil)
        mouseinterval(0)
        let theme = Theme(colors: has_colors() && getenv("NO_COLOR").map { $0.pointee == 0 } ?? true)
        if theme.colors { theme.initializePairs() }

        var (session, load) = ReaderSession.open(
            opening, width: Int(getmaxx(window)), height: Int(getmaxy(window)),
            memories: memory?.load() ?? [:], canRunEditor: true, comparison: comparison)
        // Positions are saved only from the whole documents: a preview's are of a part of the file.
        defer { if let memory, !session.isLoading { try? memory.save(session.app.memories) } }
        var shown: ScreenBuffer?
        // A frame is made after a key, a delivery or an edit; an idle wake-up while loading makes none.
        var changed = true
        while !session.isFinished {
            if let outcome = load?.poll() {
                load = nil
                changed = true
                switch outcome {
                case .success(let whole): session.deliver(whole)
                case .failure(let failure): return failure
                }
                if session.isFinished { break }  // a q typed while loading
            }
            if changed || shown == nil {
                let frame = session.render()
                if frame != shown {
                    draw(frame, previous: shown, in: window, theme: theme)
                    shown = frame
                }
                changed = false
            }
            // The whole documents start loading once the first frame is on the terminal; while they load, wait
            // for a key or for them, whichever comes first, then for keys only.
            load?.start()
            var input: wint_t = 0
            wtimeout(window, load == nil ? -1 : 0)
            let result = wget_wch(window, &input)
            if result == ERR {
                if let load { waitForKey(orReady: load.readyDescriptor) }
                continue
            }
            changed = true
            if result == OK, input == 26 {  // Ctrl-Z: give the terminal back, stop, and repaint on resume
                endwin()
                kill(getpid(), SIGTSTP)
                refresh()
                clearok(window, true)
                shown = nil
                continue
            }
            guard let key = key(result: result, input: input, window: window) else { continue }
            var effects = session.send(key)
            while case .runEditor(let note)? = effects.first {
                // $EDITOR gets the terminal: leave curses, run it on a temp file, come back and repaint.
                endwin()
                let edited = ExternalEditor.edit(note.text)
                refresh()
                clearok(window, true)
                shown = nil
                effects = session.send(.editorClosed(note, text: edited.text, failure: edited.failure))
            }
        }
        return nil
    }

    /// Sleeps until the terminal has input or `ready` is readable (a resize interrupts it too); with no pipe,
    /// wakes up every 20 ms.
    private static func waitForKey(orReady ready: Int32) {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if ready >= 0 { descriptors.append(pollfd(fd: ready, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&descriptors, nfds_t(descriptors.count), ready >= 0 ? -1 : 20)
    }

    /// Carries out the screen diff (ScreenDiff) from the frame on the terminal to the next.
    private static func draw(
        _ frame: ScreenBuffer, previous: ScreenBuffer?, in window: UnsafeMutablePointer<WINDOW>,
        theme: Theme
    ) {
        let diff = ScreenDiff(from: previous, to: frame)
        if diff.clearsScreen { werase(window) }
        for change in diff.changes {
            let (attributes, pair) = theme.look(change.cell.style)
            var wide = Array(change.cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }.prefix(4))
            wide.append(0)
            var character = cchar_t()
            setcchar(&character, wide, attributes, pair, nil)
            mvwadd_wch(window, Int32(change.row), Int32(change.column), &character)
        }
        if let cursor = diff.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    private static func key(result: Int32, input: wint_t, window: UnsafeMutablePointer<WINDOW>) -> Key? {
        if result == KEY_CODE_YES {
            switch Int32(input) {
            case KEY_RESIZE: return .resize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
            case KEY_MOUSE: return mouse()
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_BACKSPACE: return .backspace
            case KEY_ENTER: return .enter
            case KEY_BTAB: return .backTab
            case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(Int32(input) - KEY_F0))
            default: return nil
            }
        }
        return CharacterKeyDecoder.key(forCode: UInt32(input))
    }

    /// BUTTON1_RELEASED, which the shim does not export: ncurses masks are `mode << (button - 1) * 5` with
    /// released = 1 and pressed = 2.
    private static let button1Released = LECTERN_BUTTON1_PRESSED >> 1

    private static func mouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        if event.bstate & LECTERN_BUTTON4_PRESSED != 0 {
            kind = .scrollUp
        } else if event.bstate & LECTERN_BUTTON5_PRESSED != 0 {
            kind = .scrollDown
        } else if event.bstate & LECTERN_BUTTON1_PRESSED != 0 {
            kind = .press
        } else if event.bstate & button1Released != 0 {
            kind = .release
        } else if event.bstate & LECTERN_BUTTON1_CLICKED != 0 {
            kind = .click
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, column: Int(event.x), row: Int(event.y)))
    }

    /// Colors and attributes of each style; with NO_COLOR or a monochrome terminal, attributes alone.
    private struct Theme {
        let colors: Bool

        static let pairs: [TextRole: (Int16, Int16)] = [
            .speechTitle: (Int16(COLOR_YELLOW), -1), .inferredTitle: (Int16(COLOR_YELLOW), -1),
            .heading: (Int16(COLOR_CYAN), -1), .itemMarker: (Int16(COLOR_GREEN), -1),
            .foldSummary: (Int16(COLOR_MAGENTA), -1), .treeSpeech: (Int16(COLOR_YELLOW), -1),
            .problem: (Int16(COLOR_RED), -1), .border: (Int16(COLOR_BLUE), -1),
            .status: (Int16(COLOR_WHITE), Int16(COLOR_BLUE)), .message: (Int16(COLOR_GREEN), -1),
            .error: (Int16(COLOR_RED), -1), .helpKey: (Int16(COLOR_CYAN), -1),
            .annotationMark: (Int16(COLOR_GREEN), -1), .treeFile: (Int16(COLOR_YELLOW), -1),
            .changeMark: (Int16(COLOR_MAGENTA), -1), .removedEntry: (Int16(COLOR_RED), -1),
            .deletedText: (Int16(COLOR_RED), -1), .insertedText: (Int16(COLOR_GREEN), -1),
        ]
        static let hitPair: Int16 = 30

        func initializePairs() {
            start_color()
            use_default_colors()
            for (role, colors) in Self.pairs { init_pair(Self.pair(role), colors.0, colors.1) }
            init_pair(Self.hitPair, Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        }

        static func pair(_ role: TextRole) -> Int16 {
            Int16(TextRole.allCases.firstIndex(of: role)! + 1)
        }

        func look(_ style: Style) -> (attr_t, Int16) {
            var attributes = LECTERN_A_NORMAL
            switch style.role {
            case .speechTitle, .heading, .treeSpeech, .problem, .helpKey, .itemMarker, .error, .prompt, .treeFile,
                .annotationMark, .changeMark:
                attributes |= LECTERN_A_BOLD
            // Without colour, deleted text is struck through as far as a terminal can: dim and underlined.
            case .removedEntry: attributes |= LECTERN_A_DIM
            case .deletedText: attributes |= colors ? LECTERN_A_UNDERLINE : LECTERN_A_DIM | LECTERN_A_UNDERLINE
            case .insertedText: attributes |= colors ? LECTERN_A_BOLD : LECTERN_A_BOLD | LECTERN_A_REVERSE
            case .border, .foldSummary, .inferredTitle: attributes |= colors ? LECTERN_A_NORMAL : LECTERN_A_DIM
            case .status: attributes |= colors ? LECTERN_A_NORMAL : LECTERN_A_REVERSE
            case .body, .treeEntry, .message, .help: break
            }
            var pair: Int16 = colors && Self.pairs[style.role] != nil ? Self.pair(style.role) : 0
            if style.emphasis.contains(.cursor) {
                attributes |= style.emphasis.contains(.focused) ? LECTERN_A_REVERSE : LECTERN_A_UNDERLINE
            }
            if style.emphasis.contains(.annotated) {
                attributes |= LECTERN_A_UNDERLINE
                if colors, pair == 0 { pair = Self.pair(.annotationMark) }
            }
            if style.emphasis.contains(.selected) {
                // Reverse video, flipped back on the focused cursor's (already reversed) line, and bold either way.
                attributes ^= LECTERN_A_REVERSE
                attributes |= LECTERN_A_BOLD
            }
            if style.emphasis.contains(.searchHit) {
                if colors { pair = Self.hitPair } else { attributes |= LECTERN_A_UNDERLINE }
                if style.emphasis.contains(.currentHit) {
                    attributes |= LECTERN_A_BOLD | (colors ? 0 : LECTERN_A_REVERSE)
                }
            }
            return (attributes, pair)
        }
    }
}
