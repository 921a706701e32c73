/// Checks every sequence of sibling nodes for gaps, repeats, numbers going backwards and family switches.
enum NumberingChecker {
    static func check(_ document: Document) -> [Diagnostic] {
        document.speeches.flatMap { check($0, in: document) }
    }

    static func check(_ speech: Speech, in document: Document) -> [Diagnostic] {
        var findings = checkSiblings(
            speech.topLevelNodes, parentID: String(speech.number), speech: speech.number,
            in: document)
        for i in speech.nodeRange where !document.nodes[i].childNodes.isEmpty {
            findings += checkSiblings(
                document.nodes[i].children, parentID: document.nodes[i].id,
                speech: speech.number, in: document)
        }
        return findings
    }

    private static func checkSiblings(
        _ siblings: [Int], parentID: String, speech: Int,
        in document: Document
    ) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var previous: NumberedNode?
        // Families may interleave under one parent (一是, then 1. subheadings): compare within a family.
        var lastOfFamily: [MarkerFamily: NumberedNode] = [:]
        let freshLists = freshListStarts(siblings, in: document)
        for index in siblings {
            let node = document.nodes[index]
            func report(_ kind: Diagnostic.Kind, _ message: String) {
                findings.append(
                    Diagnostic(
                        severity: .warning, kind: kind, speech: speech, parent: parentID,
                        line: node.line, message: message))
            }
            defer {
                previous = node
                lastOfFamily[node.family] = node
            }
            if let before = previous, before.family != node.family, sameSequence(before, node) {
                report(
                    .familySwitch,
                    "\(node.marker) continues the sequence of \(before.marker) in another numbering style")
                lastOfFamily[before.family] = nil
                continue
            }
            // A second list under one parent (一是…三是, then a lead sentence and 一是…四是) starts again at 一.
            if freshLists.contains(index) {
                lastOfFamily[node.family] = nil
                continue
            }
            guard let before = lastOfFamily[node.family] else {
                if node.ordinal > 1 {
                    let missing = missingRange(1, node.ordinal - 1, family: node.family)
                    report(.missingOrdinal, "\(missing) missing before \(node.marker)")
                }
                continue
            }
            if node.ordinal == before.ordinal {
                report(.duplicateOrdinal, "\(node.marker) appears twice (lines \(before.line) and \(node.line))")
            } else if node.ordinal < before.ordinal {
                report(.outOfOrder, "\(node.marker) comes after \(before.marker)")
            } else if node.ordinal > before.ordinal + 1 {
                let missing = missingRange(before.ordinal + 1, node.ordinal - 1, family: node.family)
                report(.missingOrdinal, "\(missing) missing between \(before.marker) and \(node.marker)")
            }
        }
        return findings
    }

    /// Siblings numbered 1 whose next sibling of their family is numbered 2: each starts a list of its own.
    private static func freshListStarts(_ siblings: [Int], in document: Document) -> Set<Int> {
        var starts = Set<Int>()
        for (k, index) in siblings.enumerated() where document.nodes[index].ordinal == 1 {
            let family = document.nodes[index].family
            if let next = siblings[(k + 1)...].first(where: { document.nodes[$0].family == family }),
                document.nodes[next].ordinal == 2
            {
                starts.insert(index)
            }
        }
        return starts
    }

    /// Items of two families numbering one sequence (二是 then 三要).
    private static func sameSequence(_ a: NumberedNode, _ b: NumberedNode) -> Bool {
        a.family.isItem && b.family.isItem && b.ordinal == a.ordinal + 1 && b.ordinal > 1
    }

    /// "一是", or "一是 and 二是", or "一是 to 三是", written in the family's own style.
    private static func missingRange(_ low: Int, _ high: Int, family: MarkerFamily) -> String {
        let first = MarkerWriter.marker(family, low)
        if low == high { return first }
        let last = MarkerWriter.marker(family, high)
        return high == low + 1 ? "\(first) and \(last)" : "\(first) to \(last)"
    }
}

/// Writes a marker of a family for a number, for messages.
enum MarkerWriter {
    static func marker(_ family: MarkerFamily, _ n: Int) -> String {
        let chinese = ChineseNumeral.string(n)
        switch family {
        case .chineseEnumeration: return chinese + "、"
        case .article: return "第" + chinese + "条"
        case .chineseParenthesized: return "（" + chinese + "）"
        case .arabic: return "\(n)."
        case .arabicParenthesized: return "（\(n)）"
        case .circled: return n >= 1 && n <= 20 ? String(UnicodeScalar(0x245F + UInt32(n))!) : "(\(n))"
        case .ordinal: return "第" + chinese + "，"
        case .shiItem: return chinese + "是"
        case .yaoItem: return chinese + "要"
        case .sequenceWord: return ["最后", "首先", "其次", "再次"][min(n, 3)]
        case .appendix: return "附件\(n)"
        }
    }
}
