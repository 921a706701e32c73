/// `lectern diff`'s report for people: one line per changed requirement, reworded ones followed by their
/// character changes; `--stat`'s counts per section. Document text is made terminal-safe here, before any
/// highlighting is added, so the report can be written as it is.
public enum ComparisonText {
    /// How deleted and inserted text and the kind of a change are set off: colours on a terminal, brackets in
    /// plain text (`[-gone-]{+new+}`, as `wdiff` writes them).
    public struct Highlighting: Sendable {
        public var deleted: (open: String, close: String)
        public var inserted: (open: String, close: String)
        public var kind: (open: String, close: String)

        public static let plain = Highlighting(deleted: ("[-", "-]"), inserted: ("{+", "+}"), kind: ("", ""))
        public static let colors = Highlighting(
            deleted: ("\u{1B}[31m[-", "-]\u{1B}[0m"), inserted: ("\u{1B}[32m{+", "+}\u{1B}[0m"),
            kind: ("\u{1B}[1m", "\u{1B}[0m"))
    }

    /// Equal text kept on each side of a change in a diff line, in characters.
    static let context = 12
    /// Below this similarity a requirement's changes are too many to read as a diff line: the report says how much is
    /// shared instead (`--json` has them all).
    static let rewrittenSimilarity = 0.5
    /// Title characters shown in a change's line.
    static let titleLength = 40

    public static func report(_ comparison: DocumentComparison, highlighting: Highlighting = .plain) -> String {
        var out = "--- \(safe(comparison.oldPath))\n+++ \(safe(comparison.newPath))\n"
        for change in comparison.changes where change.kind != .unchanged {
            out += line(change, highlighting)
            if change.similarity < rewrittenSimilarity, !change.chunks.isEmpty {
                out += "    rewritten: \(Int((change.similarity * 100).rounded()))% of the text in common\n"
            } else if !change.chunks.isEmpty {
                out += "    " + diffLine(change.chunks, highlighting) + "\n"
            }
        }
        if comparison.outsideTextDiffers { out += "text outside the numbered requirements differs\n" }
        out += summary(comparison.counts) + "\n"
        return out
    }

    /// The counts per section, then the totals.
    public static func stat(_ comparison: DocumentComparison) -> String {
        var out = "--- \(safe(comparison.oldPath))\n+++ \(safe(comparison.newPath))\n"
        for section in comparison.sections {
            let name = "\(section.id) \(shortened(section.label))" + (section.isOld ? " (old)" : "")
            out += "\(safe(name))\t\(summary(section.counts))\n"
        }
        return out + summary(comparison.counts) + "\n"
    }

    /// "2 renumbered, 1 added, 14 unchanged", kinds in a fixed order.
    static func summary(_ counts: [RequirementChange.Kind: Int]) -> String {
        let parts = RequirementChange.Kind.allCases.filter { $0 != .unchanged }.compactMap { kind in
            counts[kind].map { "\($0) \(kind.rawValue)" }
        }
        let unchanged = "\(counts[.unchanged] ?? 0) unchanged"
        return parts.isEmpty ? unchanged : (parts + [unchanged]).joined(separator: ", ")
    }

    static func line(_ change: RequirementChange, _ highlighting: Highlighting) -> String {
        let kind = highlighting.kind.open + change.kind.rawValue + highlighting.kind.close
        let padding = String(repeating: " ", count: max(1, 11 - change.kind.rawValue.count))
        let ids: String
        switch (change.old, change.new) {
        case (let old?, let new?): ids = old.id == new.id ? old.id : "\(old.id) → \(new.id)"
        case (let old?, nil): ids = old.id
        case (nil, let new?): ids = new.id
        case (nil, nil): ids = ""
        }
        let shown = change.new ?? change.old
        var text = "\(kind)\(padding)\(ids)  \(safe(shortened(shown?.label ?? "")))"
        var notes: [String] = []
        if let old = change.old, let new = change.new, change.aspects.contains(.renumbered) {
            notes.append("\(old.marker) → \(new.marker)")
        }
        let others = change.aspectNames.filter { $0 != change.kind.rawValue }
        if !others.isEmpty { notes.append("also " + others.joined(separator: ", ")) }
        switch change.kind {
        case .split:
            if let old = change.old, let kept = change.related {
                notes.append("split from \(old.id), rest in \(kept.id)")
            }
        case .merged:
            if let new = change.new, let kept = change.related { notes.append("merged into \(new.id) with \(kept.id)") }
        default: break
        }
        if !notes.isEmpty { text += "  (" + safe(notes.joined(separator: "; ")) + ")" }
        return text + "\n"
    }

    /// The chunks on one line: changes highlighted, long equal runs cut to their ends.
    static func diffLine(_ chunks: [DiffChunk], _ highlighting: Highlighting) -> String {
        var out = ""
        for (k, chunk) in chunks.enumerated() {
            let text = safe(chunk.text)
            switch chunk.operation {
            case .deleted: out += highlighting.deleted.open + text + highlighting.deleted.close
            case .inserted: out += highlighting.inserted.open + text + highlighting.inserted.close
            case .equal:
                let keepHead = k < chunks.count - 1
                let keepTail = k > 0
                out += elided(text, keepingHead: keepHead, keepingTail: keepTail)
            }
        }
        return out
    }

    /// An equal run cut to `context` characters after the change before it (`keepingTail`: its start is the tail
    /// of that change's context) and before the change after it (`keepingHead`).
    static func elided(_ text: String, keepingHead: Bool, keepingTail: Bool) -> String {
        let characters = Array(text)
        let limit = (keepingHead ? context : 0) + (keepingTail ? context : 0)
        guard characters.count > limit + 1 else { return text }
        let afterChange = keepingTail ? String(characters.prefix(context)) : ""
        let beforeChange = keepingHead ? String(characters.suffix(context)) : ""
        return afterChange + "…" + beforeChange
    }

    static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= titleLength ? flat : String(flat.prefix(titleLength)) + "…"
    }

    static func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
}
