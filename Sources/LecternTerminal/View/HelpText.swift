/// The help overlay and docs/KEYS.md, both generated from `KeyBindings.table`.
public enum HelpText {
    /// One line per binding under its section's title: (keys, summary); a section title has empty keys.
    public static func lines() -> [(keys: String, summary: String)] {
        var out: [(String, String)] = []
        for section in KeyBindings.sections {
            out.append(("", section))
            for binding in KeyBindings.table where binding.section == section {
                let scope = binding.scope.label.map { " (\($0))" } ?? ""
                out.append((binding.keysText, binding.summary + scope))
            }
        }
        return out
    }

    /// docs/KEYS.md.
    public static func markdown() -> String {
        var out = "# Keys of the Lectern reader\n\n"
        out += "Generated from the key table in `Sources/LecternTerminal/Input/KeyBindings.swift` (the reader's help\n"
        out += "overlay, `?` or F1, shows the same list). Keys are written as vim writes them: `<C-o>` is Ctrl-O,\n"
        out +=
            "`<lt>` is `<`. A count before a key repeats it (`5j`); in the text pane digits are counts, in the tree\n"
        out += "1–9 fold to a level.\n"
        for section in KeyBindings.sections {
            out += "\n## \(section)\n\n| Keys | Action |\n|---|---|\n"
            for binding in KeyBindings.table where binding.section == section {
                let keys = binding.keysText.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                let scope = binding.scope.label.map { " (\($0))" } ?? ""
                out += "| \(keys.replacingBars()) | \(binding.summary.replacingBars())\(scope) |\n"
            }
        }
        out += "\n`lectern screen FILE --size 100x30 --keys \"…\"` takes the same notation, plus `<Resize:60x20>` and\n"
        out += "`<Click:col,row>`, `<ScrollUp:col,row>`, `<ScrollDown:col,row>` for the mouse (`<Press:col,row>` then\n"
        out += "`<Release:col,row>` is a drag: in the text it selects the passage between them).\n"
        out += "\n## Annotations\n\n"
        out += "Annotations are saved at once to each file's sidecar (`<file>.annotations.json`, see ANNOTATIONS.md).\n"
        out += "Annotated text is underlined and marked with ▌ in the margin; the tree shows each requirement's\n"
        out += "status and tags, and roll-ups such as `3/5 done`. A save that fails (read-only directory, full disk)\n"
        out += "is reported in the status line; nothing typed is lost, `:w` tries again and `:w PATH` writes the\n"
        out += "annotations to a new file elsewhere. A sidecar that cannot be\n"
        out += "read is left untouched and the file's annotations are read-only.\n"
        out += "\nWith several files open, the tree lists the files first, each with its speeches below it.\n"
        out += "`:2.4.3` looks in the current file (or the only other file that has that id); `:b.txt:2.4.3` or\n"
        out += "`:2:2.4.3` names the file by its name or its number in the list. Searches, `]a`/`[a` and tag filters\n"
        out += "go across all open files.\n"
        return out
    }
}

extension String {
    fileprivate func replacingBars() -> String {
        var out = ""
        for c in self { out += c == "|" ? "\\|" : String(c) }
        return out
    }
}
