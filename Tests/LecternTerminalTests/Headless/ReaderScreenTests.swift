import LecternTerminal
import LecternTestSupport
import Testing

/// The reader driven headless on the bundled sample: panes, status line, jumps, folding, search and help.
@Suite struct ReaderScreenTests {
    @Test func firstScreenShowsTheTreeTheTextAndTheStatusLine() throws {
        let rows = try ScreenHarness.rows("")
        #expect(rows.count == 30)
        #expect(rows[0].hasPrefix("▾ 1 县长在干部述职评议会议上的讲"))
        #expect(rows.contains { $0.contains("2.4.3 三是知人善任能力") })
        #expect(rows[0].contains("│ ── 1 县长在干部述职评议会议上的讲话 ──"))
        let status = rows[29]
        #expect(status.hasPrefix("cadre-review-speeches.txt │ 1 县长在干部述职评议会议上的讲话"))
        #expect(status.hasSuffix("0%  ? help"))
    }

    /// The rows of a frame that are wider than it, measured as the terminal measures them (wcwidth of the text
    /// each cell holds), not by the widths the cells were given.
    static func overflowingRows(_ frame: ScreenBuffer) -> [String] {
        frame.rows.filter { DisplayWidth.of($0) > frame.width }
    }

    @Test func everyRowFitsTheWidth() throws {
        for keys in ["", ":2.4.3<Enter>", "?", "zM", "/能力"] {
            let frame = try ScreenHarness.frame(keys, width: 73, height: 17)
            #expect(frame.rows.count == 17)
            #expect(Self.overflowingRows(frame).isEmpty, "\(keys): \(Self.overflowingRows(frame))")
        }
    }

    /// The check above can fail: a glyph given fewer columns than its text takes (a mis-measured character) makes
    /// its row overflow, and the check sees it.
    @Test func anOverflowingRowIsSeen() {
        var frame = ScreenBuffer(width: 10, height: 2)
        frame.write("一二三四五", style: Style(.body), row: 0, column: 0)
        #expect(Self.overflowingRows(frame).isEmpty)
        frame.write([Glyph("中", width: 1, style: Style(.body))], row: 1, column: 9)
        frame.write("abcdefghi", style: Style(.body), row: 1, column: 0)
        #expect(Self.overflowingRows(frame) == ["abcdefghi中"])
    }

    @Test func colonIdJumpsAndTheStatusShowsBreadcrumbAndId() throws {
        let rows = try ScreenHarness.rows(":2.4.3<Enter>")
        #expect(rows[29].contains("2 › 四、大力加强组织部门自身建设 › 三是知人善任能力"))
        #expect(rows[29].contains("2.4.3"))
        #expect(ScreenHarness.textPane(rows)[0] == "三是知人善任能力。")
    }

    @Test func aWrongIdGivesAMessageAndDoesNotMove() throws {
        let rows = try ScreenHarness.rows(":9.9<Enter>")
        #expect(rows[29].hasPrefix("no requirement 9.9 in this document"))
        #expect(rows == (try ScreenHarness.rows("")).dropLast() + [rows[29]])
        #expect(try ScreenHarness.status(":nonsense<Enter>").hasPrefix("unknown command"))
        #expect(try ScreenHarness.status(":7<Enter>").hasPrefix("no speech 7"))
    }

    @Test func colonSpeechNumberGoesToTheSpeechHeader() throws {
        let pane = ScreenHarness.textPane(try ScreenHarness.rows(":3<Enter>"))
        #expect(pane[0] == "── 3 这次会议是区政府决定召开的 (title inferred) ──")
    }

    @Test func nextAndPreviousRequirementAtAnyLevel() throws {
        #expect(try ScreenHarness.status("]]").contains("1.1"))
        #expect(try ScreenHarness.status("]]]]").contains("1.2"))
        #expect(try ScreenHarness.status(":2.1.4<Enter>]]").contains("  2.2  "))
        #expect(try ScreenHarness.status(":2.2<Enter>[[").contains("2.1.4"))
        #expect(try ScreenHarness.status("3]]").contains("1.3"))
    }

    @Test func sameLevelParentAndSpeechJumps() throws {
        #expect(try ScreenHarness.status(":2.1.1<Enter>}").contains("2.1.2"))
        #expect(try ScreenHarness.status(":2.1<Enter>}").contains("  2.2  "))
        #expect(try ScreenHarness.status(":2.2<Enter>{").contains("  2.1  "))
        #expect(try ScreenHarness.status(":2.4.3<Enter>p").contains("  2.4  "))
        let speech = ScreenHarness.textPane(try ScreenHarness.rows(":1.2<Enter>]s"))
        #expect(speech[0].hasPrefix("── 2 这次全市组织部长会议"))
        let back = ScreenHarness.textPane(try ScreenHarness.rows(":3.1<Enter>[s"))
        #expect(back[0].hasPrefix("── 2 这次全市组织部长会议"))
    }

    @Test func jumpHistoryGoesBackAndForward() throws {
        let start = try ScreenHarness.rows("")
        #expect(try ScreenHarness.rows(":2.4.3<Enter><C-o>") == start)
        #expect(try ScreenHarness.status(":2.4.3<Enter>:3.1<Enter><C-o>").contains("2.4.3"))
        #expect(try ScreenHarness.status(":2.4.3<Enter><C-o><C-t>").contains("2.4.3"))
        #expect(try ScreenHarness.status(":2.4.3<Enter>:1.2<Enter>''").contains("2.4.3"))
    }

    @Test func marksRememberPositions() throws {
        #expect(try ScreenHarness.status(":2.4.3<Enter>ma:1.1<Enter>'a").contains("2.4.3"))
        #expect(try ScreenHarness.status("'z").hasPrefix("mark z is not set"))
    }

    @Test func topBottomAndCounts() throws {
        #expect(try ScreenHarness.status("G").contains("100%"))
        #expect(try ScreenHarness.status("Gg").contains(" 0%"))
        let five = try ScreenHarness.rows("5j")
        let byHand = try ScreenHarness.rows("jjjjj")
        #expect(five == byHand)
        #expect(five != (try ScreenHarness.rows("")))
    }

    @Test func pagesMoveTheText() throws {
        let first = ScreenHarness.textPane(try ScreenHarness.rows(""))
        let paged = ScreenHarness.textPane(try ScreenHarness.rows("<Space>"))
        #expect(paged[0] == first[28])
        #expect(ScreenHarness.textPane(try ScreenHarness.rows("<Space>b")) == first)
        let half = ScreenHarness.textPane(try ScreenHarness.rows("<C-d>"))
        #expect(half[0] == first[14])
    }

    @Test func foldingASectionShowsWhatIsHidden() throws {
        let pane = ScreenHarness.textPane(try ScreenHarness.rows(":2.4<Enter>zc"))
        #expect(pane[0] == "四、大力加强组织部门自身建设")
        #expect(pane[1].hasPrefix("▸ ") && pane[1].contains("paragraphs, 5 items folded"))
        #expect(pane[3].hasPrefix("── 3 "))
        let tree = try ScreenHarness.rows(":2.4<Enter>zc")
        #expect(tree.contains { $0.hasPrefix("  ▸ 2.4 四、大力加强组织部门自身") })
        #expect(!tree.contains { $0.contains("2.4.3 三是") })
        #expect(try ScreenHarness.rows(":2.4<Enter>zczo") == (try ScreenHarness.rows(":2.4<Enter>")))
    }

    @Test func foldAllAndToALevel() throws {
        let all = try ScreenHarness.rows("zM")
        #expect(all[0].hasPrefix("▸ 1 ") && all[1].hasPrefix("▸ 2 ") && all[2].hasPrefix("▸ 3 "))
        #expect(ScreenHarness.textPane(all)[1].contains("paragraphs folded"))
        let level1 = try ScreenHarness.rows("<Tab>1")
        #expect(level1.contains { $0.hasPrefix("  ▸ 2.1 ") })
        #expect(!level1.contains { $0.contains("2.1.1") })
        #expect(try ScreenHarness.rows("zMzR") == (try ScreenHarness.rows("")))
    }

    @Test func theTreeSelectsAndMovesTheReadingPane() throws {
        let rows = try ScreenHarness.rows("<Tab>jj")
        #expect(rows[29].contains("1.2"))
        #expect(ScreenHarness.textPane(rows)[0] == "二、加强联系,主动邀请评议")
        let frame = try ScreenHarness.frame("<Tab>jj")
        #expect(frame[2, 4].style.emphasis.contains(.focused))
    }

    @Test func theTreeFollowsTheReadingPosition() throws {
        let frame = try ScreenHarness.frame(":2.4.3<Enter>")
        let selected = (0..<29).filter { frame[$0, 0].style.emphasis.contains(.cursor) }
        #expect(selected.count == 1)
        #expect(frame.text(ofRow: selected[0]).contains("2.4.3 三是知人善任能力"))
    }

    @Test func treeCanBeHiddenAndResized() throws {
        let hidden = try ScreenHarness.rows("t")
        #expect(hidden[0].hasPrefix(" ── 1 县长"))
        let wider = try ScreenHarness.rows(">")
        let normal = try ScreenHarness.rows("")
        #expect(wider[0].firstIndex(of: "│")! > normal[0].firstIndex(of: "│")!)
        // A hidden tree shown again by > or < steps from the width it had, not from nothing.
        #expect(try ScreenHarness.rows("t>")[0].firstIndex(of: "│") == wider[0].firstIndex(of: "│"))
        let narrower = try ScreenHarness.rows("<")
        #expect(try ScreenHarness.rows("t<")[0].firstIndex(of: "│") == narrower[0].firstIndex(of: "│"))
        #expect(narrower[0].firstIndex(of: "│")! < normal[0].firstIndex(of: "│")!)
    }

    @Test func searchHighlightsCountsAndCycles() throws {
        let rows = try ScreenHarness.rows("/能力<Enter>")
        #expect(rows[29].contains("1/"))
        let total = try #require(rows[29].split(separator: " ").first { $0.hasPrefix("1/") }).dropFirst(2)
        #expect(Int(total)! > 5)
        #expect(try ScreenHarness.status("/能力<Enter>n").contains("2/\(total)"))
        #expect(try ScreenHarness.status("/能力<Enter>N").contains("\(total)/\(total)"))
        let frame = try ScreenHarness.frame("/知人善任<Enter>")
        let hits = frame.cells.filter { $0.style.emphasis.contains(.searchHit) }
        #expect(hits.map(\.text).joined() == "知人善任")
    }

    @Test func searchIgnoresCaseAndWidth() throws {
        let document = LecternTestSupportDocuments.mixedWidth
        #expect(try ScreenHarness.status("/abc<Enter>", document: document).contains("1/2"))
        #expect(try ScreenHarness.status("/，<Enter>", document: document).contains("/3"))
    }

    @Test func regexSearchIsAnOption() throws {
        #expect(try ScreenHarness.status("/[一二]是.能力<Enter>").contains("0/0"))
        let rows = try ScreenHarness.rows(":regex<Enter>/[一二]是政[治策].{2}能力<Enter>")
        #expect(rows[29].contains("1/2"))
        #expect(rows[29].contains("2.4.1"))
        #expect(try ScreenHarness.status(":regex<Enter>/[<Enter>").hasPrefix("not a regular expression"))
        #expect(try ScreenHarness.status(":regex<Enter>:literal<Enter>/[一二]是政[治策].{2}能力<Enter>").contains("0/0"))
    }

    @Test func searchUnfoldsHitsInsideFolds() throws {
        let rows = try ScreenHarness.rows("zM/知人善任<Enter>")
        #expect(rows[29].contains("2.4.3"))
        #expect(ScreenHarness.textPane(rows).contains("三是知人善任能力。"))
    }

    @Test func escapeCancelsPromptsAndNeverQuits() throws {
        let start = try ScreenHarness.rows("")
        #expect(try ScreenHarness.rows("/知人<Esc>").dropLast() == start.dropLast())
        #expect(try ScreenHarness.rows(":2.4<Esc>") == start)
        var app = ReaderApp(documents: [ScreenHarness.sample], width: 80, height: 20)
        app.handle(try KeyNotation.parse("<Esc><Esc>?<Esc>:<Esc>z<Esc>"))
        #expect(!app.isFinished)
        app.handle(.character("q"))
        #expect(app.isFinished)
    }

    @Test func helpOverlayListsEveryBinding() throws {
        let rows = try ScreenHarness.rows("?")
        #expect(rows[0].contains("Lectern keys"))
        #expect(rows.contains { $0.contains("Quit") })
        #expect(!rows.contains { $0.contains("Next numbered requirement") })
        #expect(try ScreenHarness.rows("?<Space>").contains { $0.contains("Next numbered requirement") })
        let closed = try ScreenHarness.rows("?<Esc>")
        #expect(closed == (try ScreenHarness.rows("")))
        #expect(try ScreenHarness.rows("<F1>") == rows)
        // Scrolling reaches the last binding of the table.
        let bottom = try ScreenHarness.rows("?" + String(repeating: "<Space>", count: 10))
        #expect(bottom.contains { $0.contains(KeyBindings.table.last!.summary) })
    }

    @Test func resizeRelaysOutAtOnce() throws {
        let rows = try ScreenHarness.rows(":2.4.3<Enter><Resize:60x20>")
        #expect(rows.count == 20)
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(rows[19].contains("2.4.3"))
        #expect(ScreenHarness.textPane(rows)[0] == "三是知人善任能力。")
    }

    @Test func tinySizesNeverCrash() throws {
        for (w, h) in [(0, 0), (1, 1), (2, 1), (1, 5), (5, 2), (19, 3), (20, 2), (20, 3), (21, 4), (30, 5), (45, 8)] {
            for keys in ["", "jjG", "?", ":2.4.3<Enter>", "/能力<Enter>n", "<Tab>jzM", "<Resize:3x3>j"] {
                let frame = try ScreenHarness.frame(keys, width: w, height: h)
                #expect(frame.rows.count == frame.height)
                for row in frame.rows { #expect(DisplayWidth.of(row) <= frame.width) }
            }
        }
        #expect(try ScreenHarness.rows("", width: 19, height: 3)[0] == "enlarge the window")
        #expect(try ScreenHarness.rows("", width: 1, height: 1) == ["e"])
    }

    @Test func escapeSequencesInTheDocumentShowAsPlaceholders() throws {
        let document = LecternTestSupportDocuments.withControls
        let frame = try ScreenHarness.frame("", document: document)
        let text = frame.rows.joined(separator: "\n")
        #expect(text.contains("␛[31m红色"))
        #expect(text.contains("␇"))
        #expect(text.contains("⟨U+202E⟩"))
        #expect(!frame.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E } })
    }

    /// Zero-width characters make no glyph: search hits and item markers after them still land on their own text.
    @Test func hitsAndMarkersAfterZeroWidthCharactersLandOnTheirText() throws {
        let document = Fixtures.document(paragraphs: ["同志们：", "一是我们要\u{200B}\u{200B}\u{FEFF}\u{200B}加强学习，提高能力。"])
        let frame = try ScreenHarness.frame("/能力<Enter>", width: 80, height: 8, document: document)
        let hits = frame.cells.filter { $0.style.emphasis.contains(.searchHit) }.map(\.text).joined()
        #expect(hits == "能力")
        let markers = frame.cells.filter { $0.style.role == .itemMarker }.map(\.text).joined()
        #expect(markers.hasPrefix("一是"))
    }

    @Test func numberingProblemsAreMarkedInTheTree() throws {
        let rows = try ScreenHarness.rows(":3.2.2<Enter>")
        #expect(rows.contains { $0.contains("!3.2.2 二是要清楚掌握考评") })
        #expect(rows.contains { $0.contains(" 3.1.2 二是要保证考评结果") && !$0.contains("!3.1.2") })
    }

    @Test func styleLayerNamesRolesCursorAndHits() throws {
        let frame = try ScreenHarness.frame(":2.4.3<Enter>/知人<Enter>", width: 60, height: 4)
        let styled = HeadlessRun.styledText(frame).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(styled[0].hasSuffix("│ 三是知人善任能力。"))
        // The cursor's line: the item marker 三是 upper-cased M (cursor), the hit 知人 as *.
        #expect(styled[1].contains("MMMM****"))
        #expect(styled[7].allSatisfy { $0 == "l" })
    }

    @Test func mouseClicksAndWheel() throws {
        let clicked = try ScreenHarness.rows("<Click:4,2>")
        #expect(clicked[29].contains("1.2"))
        let scrolled = ScreenHarness.textPane(try ScreenHarness.rows("<ScrollDown:60,5>"))
        #expect(scrolled[0] == ScreenHarness.textPane(try ScreenHarness.rows(""))[3])
        let text = try ScreenHarness.frame("<Click:60,4>")
        #expect(text[4, 60].style.emphasis.contains(.cursor))
    }
}

/// Small documents for the screen tests.
enum LecternTestSupportDocuments {
    static let mixedWidth = Fixtures.document(paragraphs: ["ＡＢＣ，第一段", "abc,第二段，结束"])
    static let withControls = Fixtures.document(paragraphs: [
        "标题", "一、\u{1B}[31m红色\u{1B}[0m和响铃\u{07}", "方向\u{202E}反转",
    ])
}
