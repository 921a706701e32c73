/// Finds a printed document's page furniture: its page numbers (`— 3 —`, `-3-`, `第3页 共12页`, `3/12`, a bare
/// number) and its running heads and feet (a line repeated at the same edge of many pages, numbers aside). Only the
/// lines at a page's edges are candidates, so the same words in the body are never touched.
enum PageFurniture {
    /// Non-blank lines at each edge of a page where a page number may stand: the outermost, or the one inside a
    /// foot or head line.
    static let edgeLines = 2
    /// A running head is short: a document's short title, an office's name, a classification.
    static let longestRunningHeadCharacters = 40

    /// The rule for each line of each page (nil: text), pages given as their lines.
    static func classify(_ pages: [[Substring]]) -> [[NoiseRule?]] {
        var rules = pages.map { [NoiseRule?](repeating: nil, count: $0.count) }
        let filled = pages.map { page in page.indices.filter { !isBlank(page[$0]) } }
        markPageNumbers(pages, filled, &rules)
        markRunningHeads(pages, filled, &rules)
        return rules
    }

    /// At most one page number per edge, the outermost found. A number printed with its marks (— 3 —, 第3页) is
    /// one wherever it stands; a bare one (3, 3/12) only where the pages' bare numbers keep one distance from the
    /// page's place in the file (a cover or contents before the numbering starts), so a table's row numbers at a
    /// page's edge stay.
    private static func markPageNumbers(_ pages: [[Substring]], _ filled: [[Int]], _ rules: inout [[NoiseRule?]]) {
        var bare: [(page: Int, line: Int, distance: Int)] = []
        for (p, page) in pages.enumerated() {
            for edge in [Array(filled[p].prefix(edgeLines)), Array(filled[p].suffix(edgeLines).reversed())] {
                for i in edge {
                    if isMarkedPageNumber(page[i]) {
                        rules[p][i] = .pageNumber
                        break
                    }
                    if let n = barePageNumber(page[i]) {
                        bare.append((p, i, p + 1 - n))
                        break
                    }
                }
            }
        }
        var pagesAtDistance: [Int: Set<Int>] = [:]
        for candidate in bare { pagesAtDistance[candidate.distance, default: []].insert(candidate.page) }
        guard
            let (distance, numbered) = pagesAtDistance.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }
            ),
            numbered.count >= 2 || pages.count == 1, distance >= 0
        else { return }
        for candidate in bare where candidate.distance == distance {
            rules[candidate.page][candidate.line] = .pageNumber
        }
    }

    /// A line repeated, numbers aside, as the outermost text line at the same edge of at least half the pages
    /// (three pages at least): a running head or foot. Lines that read as text never are: a sentence's or a
    /// salutation's end, a date.
    private static func markRunningHeads(_ pages: [[Substring]], _ filled: [[Int]], _ rules: inout [[NoiseRule?]]) {
        guard pages.count >= 3 else { return }
        let needed = max(2, (pages.count + 1) / 2)
        for top in [true, false] {
            var lines: [(page: Int, line: Int, key: String)] = []
            for p in pages.indices {
                let candidates = top ? filled[p] : filled[p].reversed()
                guard let i = candidates.first(where: { rules[p][$0] == nil }),
                    let key = runningKey(pages[p][i], page: p + 1)
                else { continue }
                lines.append((p, i, key))
            }
            var pagesWithKey: [String: Int] = [:]
            for line in lines { pagesWithKey[line.key, default: 0] += 1 }
            for line in lines where pagesWithKey[line.key, default: 0] >= needed {
                // The first line of the document is its title more often than a head: it stays.
                if line.page == 0, top, line.line == filled[0].first { continue }
                rules[line.page][line.line] = .runningHead
            }
        }
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{C}" }
    }

    private static func compact(_ line: Substring) -> String {
        String(line.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\u{3000}" })
    }

    /// A page number with its marks: — 3 —, -3-, ·3·, [3], 第3页, 第3页 共12页, Page 3 of 12.
    static func isMarkedPageNumber(_ line: Substring) -> Bool {
        let text = compact(line)
        guard !text.isEmpty, text.count <= 24 else { return false }
        if NoiseClassifier.isPageMarker(text) { return true }
        let trimmed = text.trimmingCharacters(in: "-—–－﹣·•[]()（）〔〕")
        return trimmed.count < text.count && !trimmed.isEmpty && trimmed.count <= 5
            && trimmed.allSatisfy(\.isASCIIDigitCharacter)
    }

    /// A bare page number, 3 or 3/12 (n ≥ 1, n ≤ m), and its n.
    static func barePageNumber(_ line: Substring) -> Int? {
        let text = compact(line)
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "／", omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let n = Int(parts[0]), n >= 1
        else { return nil }
        if parts.count == 2 { return Int(parts[1]).flatMap { n <= $0 ? n : nil } }
        return n
    }

    /// The line as compared across pages: blanks left out, and the page's own number, where the head prints it,
    /// as #; nil when it is too long or too short to be a running head, or reads as text (a sentence's or a
    /// salutation's end, a date).
    static func runningKey(_ line: Substring, page: Int) -> String? {
        var scalars: [Unicode.Scalar] = []
        for scalar in line.unicodeScalars where scalar != " " && scalar != "\t" && scalar != "\u{3000}" {
            scalars.append(scalar)
            if scalars.count > longestRunningHeadCharacters { return nil }
        }
        guard scalars.count >= 2, let last = scalars.last, !"。！？；：:;!?".unicodeScalars.contains(last) else {
            return nil
        }
        let text = String(String.UnicodeScalarView(scalars))
        let hasDigits = text.contains { $0.isASCII && $0.isNumber }
        if hasDigits, text.contains("年") && text.contains("月") || text.hasSuffix("日") { return nil }  // a date
        // Digit runs: the page's own number becomes #, any other stays (two titles that differ by a number differ).
        var key = ""
        var run = ""
        func flush() {
            if !run.isEmpty { key += Int(run) == page ? "#" : run }
            run = ""
        }
        for character in text {
            if character.isASCII && character.isNumber {
                run.append(character)
            } else {
                flush()
                key.append(character)
            }
        }
        flush()
        return key
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        let scalars = Set(set.unicodeScalars)
        var view = Substring(self)
        while let first = view.unicodeScalars.first, scalars.contains(first) { view = view.dropFirst() }
        while let last = view.unicodeScalars.last, scalars.contains(last) { view = view.dropLast() }
        return view
    }
}
