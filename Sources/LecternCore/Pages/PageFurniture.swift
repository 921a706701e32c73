/// Finds a printed document's page furniture: its page numbers (`— 3 —`, `-3-`, `第3页 共12页`, `3/12`, a bare
/// number) and its running heads and feet (a line repeated at the same edge of many pages, numbers aside). Only the
/// lines at a page's edges are candidates, so the same words in the body are never touched.
enum PageFurniture {
    /// Non-blank lines at each edge of a page that may be furniture: a head above a title line, a number below a
    /// foot line.
    static let edgeLines = 2
    /// A running head is short: a document's short title, an office's name, a classification.
    static let longestRunningHeadCharacters = 40

    /// The rule for each line of each page (nil: text), pages given as their lines.
    static func classify(_ pages: [[Substring]]) -> [[NoiseRule?]] {
        var rules = pages.map { [NoiseRule?](repeating: nil, count: $0.count) }
        let edges = pages.map(edgeIndices)
        for (p, page) in pages.enumerated() {
            for i in edges[p].top + edges[p].bottom where isPageNumber(page[i], pageNumber: p + 1) {
                rules[p][i] = .pageNumber
            }
        }
        // Running heads: a key (blanks removed, digits as #) at the same edge of enough pages.
        guard pages.count >= 2 else { return rules }
        for edge in [\Edges.top, \Edges.bottom] {
            var pagesWithKey: [String: Set<Int>] = [:]
            for (p, page) in pages.enumerated() {
                for i in edges[p][keyPath: edge] where rules[p][i] == nil {
                    guard let key = runningKey(page[i]) else { continue }
                    pagesWithKey[key, default: []].insert(p)
                }
            }
            let needed = max(2, (pages.count + 1) / 2)
            for (p, page) in pages.enumerated() {
                for i in edges[p][keyPath: edge] where rules[p][i] == nil {
                    guard let key = runningKey(page[i]), (pagesWithKey[key]?.count ?? 0) >= needed else { continue }
                    // The first line of the document is its title more often than a head: it stays.
                    if p == 0, i == edges[0].top.first { continue }
                    rules[p][i] = .runningHead
                }
            }
        }
        return rules
    }

    struct Edges {
        var top: [Int]
        var bottom: [Int]
    }

    /// The indices of the first and last `edgeLines` non-blank lines (a short page's lines may be in both).
    static func edgeIndices(_ page: [Substring]) -> Edges {
        let filled = page.indices.filter { !isBlank(page[$0]) }
        return Edges(top: Array(filled.prefix(edgeLines)), bottom: Array(filled.suffix(edgeLines)))
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{C}" }
    }

    /// A page number in one of its printed forms. A bare number or `n/m` counts only when n is this page's number
    /// give or take the pages before the numbering starts (a cover, a table of contents).
    static func isPageNumber(_ line: Substring, pageNumber: Int) -> Bool {
        let compact = String(line.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\u{3000}" })
        guard !compact.isEmpty, compact.count <= 24 else { return false }
        if NoiseClassifier.isPageMarker(compact) { return true }
        // — 3 — with other dashes and brackets: －3－, ﹣3﹣, ·3·, [3], (3)
        let trimmed = compact.trimmingCharacters(in: "-—–－﹣·•[]()（）〔〕")
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "／", omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isASCIIDigitCharacter) }),
              let number = Int(parts[0]) else { return false }
        if parts.count == 2 { return Int(parts[1]).map { number <= $0 } ?? false }
        return number >= 1 && number <= pageNumber && number >= pageNumber - 10
    }

    /// The line as compared across pages, or nil when it is too long (or too empty) to be a running head.
    static func runningKey(_ line: Substring) -> String? {
        var key = ""
        var count = 0
        for scalar in line.unicodeScalars where scalar != " " && scalar != "\t" && scalar != "\u{3000}" {
            count += 1
            if count > longestRunningHeadCharacters { return nil }
            key.unicodeScalars.append(("0"..."9").contains(scalar) ? "#" : scalar)
        }
        return count >= 2 ? key : nil
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

private extension String {
    func trimmingCharacters(in set: String) -> Substring {
        let scalars = Set(set.unicodeScalars)
        var view = Substring(self)
        while let first = view.unicodeScalars.first, scalars.contains(first) { view = view.dropFirst() }
        while let last = view.unicodeScalars.last, scalars.contains(last) { view = view.dropLast() }
        return view
    }
}
