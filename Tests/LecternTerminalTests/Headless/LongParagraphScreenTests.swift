import LecternCore
import LecternTerminal
import LecternTestSupport
import Testing

/// A document that is one long paragraph (a page flattened to one line): search finds every hit and highlights
/// it on its own glyphs, and jumping to the last hit, far down the paragraph, brings it on screen. Not timed: the
/// benchmark (`lectern-benchmark --long-paragraph`) measures the speed.
@Suite struct LongParagraphScreenTests {
    static let query = "工作"
    /// About 20,000 characters of Chinese, full-width and ASCII text in one line, with zero-width spaces that make
    /// no glyph (so glyphs and characters differ), ending with the last hit in words found nowhere else.
    static let text: String = {
        let sentences = [
            "各考评部门要切实提高对考评工作重要性的认识，认真负责地做好考评工作。",
            "2018年全市GDP增长5.2%，组织工作有了明确的努力方向。",
            "要坚持典型引路\u{200B}、试点先行，工\u{200B}作部署前要深入调研，吃透实情。",
            "人民群众的利益要落到实处，离不开人大的监督（ＧＤＰ与工作作风）。",
        ]
        var out = ""
        var i = 0
        while out.count < 20_000 {
            out += sentences[(i * 7 + i / 3) % sentences.count]
            i += 1
        }
        return out + "以上就是末尾工作完毕。"
    }()
    static let document = Fixtures.document(paragraphs: ["同志们：", text])

    /// Glyph by glyph: the text as shown (zero-width characters make none) and whether each is inside a hit.
    static func expectedGlyphs() -> (text: [Character], isHit: [Bool]) {
        let characters = Array(text)
        let pattern = Array(query)
        var isHit = [Bool](repeating: false, count: characters.count)
        var i = 0
        while i + pattern.count <= characters.count {
            if Array(characters[i..<(i + pattern.count)]) == pattern {
                for k in i..<(i + pattern.count) { isHit[k] = true }
                i += pattern.count
            } else {
                i += 1
            }
        }
        let shown = characters.indices.filter { characters[$0] != "\u{200B}" }
        return (shown.map { characters[$0] }, shown.map { isHit[$0] })
    }

    /// The reading pane's glyphs, row after row (the tree hidden), and whether each is highlighted as a hit.
    static func paneGlyphs(_ frame: ScreenBuffer) -> (text: [Character], isHit: [Bool]) {
        var text: [Character] = []
        var isHit: [Bool] = []
        for row in 0..<(frame.height - 1) {
            var cells = (1..<frame.width).map { frame[row, $0] }.filter { !$0.isContinuation }
            while cells.last?.text == " " { cells.removeLast() }
            for cell in cells {
                text += Array(cell.text)
                isHit += Array(repeating: cell.style.emphasis.contains(.searchHit), count: cell.text.count)
            }
        }
        return (text, isHit)
    }

    @Test func everyHitIsFoundAndHighlightedOnItsOwnGlyphs() throws {
        let expected = Self.expectedGlyphs()
        let hitCount = Self.text.components(separatedBy: Self.query).count - 1
        #expect(hitCount > 300)
        // Tall enough to show the whole paragraph at once: every line of it is drawn in one frame.
        let frame = try ScreenHarness.frame("t/\(Self.query)<Enter>", width: 80, height: 700, document: Self.document)
        #expect(frame.rows.last!.contains("1/\(hitCount)"))
        let shown = Self.paneGlyphs(frame)
        let start = try #require(shown.text.indices.first { shown.text[$0...].starts(with: expected.text) })
        let wrong = expected.isHit.indices.first { shown.isHit[start + $0] != expected.isHit[$0] }
        let around = wrong.map { String(expected.text[max(0, $0 - 8)..<min(expected.text.count, $0 + 8)]) } ?? ""
        #expect(wrong == nil, "glyph \(wrong ?? 0) of the paragraph highlighted wrongly, in \(around)")
        #expect(shown.isHit.filter { $0 }.count == expected.isHit.filter { $0 }.count)
    }

    @Test func jumpingToTheLastHitShowsItOnScreen() throws {
        let hitCount = Self.text.components(separatedBy: Self.query).count - 1
        for keys in ["/\(Self.query)<Enter>N", "G\\" + Self.query + "<Enter>", "/\(Self.query)<Enter>gN"] {
            let frame = try ScreenHarness.frame("t" + keys, width: 80, height: 24, document: Self.document)
            #expect(frame.rows.last!.contains("\(hitCount)/\(hitCount)"), "\(keys)")
            let current = frame.cells.filter { $0.style.emphasis.contains(.currentHit) }.map(\.text).joined()
            #expect(current == Self.query, "\(keys)")
            #expect(String(Self.paneGlyphs(frame).text).contains("以上就是末尾工作完毕。"), "\(keys)")
        }
    }

    @Test func nAndNStepThroughHitsFarDownTheParagraph() throws {
        let hitCount = Self.text.components(separatedBy: Self.query).count - 1
        let frame = try ScreenHarness.frame("t/\(Self.query)<Enter>NNn", width: 80, height: 24, document: Self.document)
        #expect(frame.rows.last!.contains("\(hitCount)/\(hitCount)"))
        let back = try ScreenHarness.frame("t/\(Self.query)<Enter>NN", width: 80, height: 24, document: Self.document)
        #expect(back.rows.last!.contains("\(hitCount - 1)/\(hitCount)"))
        #expect(back.cells.filter { $0.style.emphasis.contains(.currentHit) }.map(\.text).joined() == Self.query)
    }

    @Test func anAnnotationFarDownTheParagraphMarksItsOwnGlyphs() throws {
        let copy = try AnnotatedCopy(text: "同志们：\n\n" + Self.text + "\n")
        defer { copy.remove() }
        // Four characters from the start of the line holding the last hit.
        _ = try copy.run("t/\(Self.query)<Enter>Nvllla<Enter>", width: 80, height: 24)
        let saved = try #require(try copy.saved().first)
        #expect(try #require(saved.anchor.start) > 19_000)
        let frame = try copy.run("tG[a", width: 80, height: 24)
        let marked = frame.cells.filter { $0.style.emphasis.contains(.annotated) }.map(\.text).joined()
        #expect(marked.count == 4)
        #expect(marked == saved.target.quote.exact.filter { $0 != "\u{200B}" })
        // The whole paragraph annotated: the panel shows the start of its quote.
        let panel = try copy.run("tG[aVa<Enter>A", width: 80, height: 24)
        #expect(panel.rows.contains { $0.contains("「" + Self.text.prefix(20)) })
    }
}
