import LecternCore

/// `:ID` and `FILE:ID` over the open files: a requirement's dotted id or a speech's number, in the file on screen
/// or in the one named — or, when the file on screen has no such id, in the one other file that has it.
extension Library {
    mutating func goTo(id text: String) -> StatusMessage? {
        if let colon = text.lastIndex(of: ":") {
            let name = String(text[..<colon])
            guard let file = openFile(named: name) else {
                return .error("no open file \"\(name)\" (the files are numbered 1–\(count) in the tree)")
            }
            current = file
            return goToInCurrentFile(id: String(text[text.index(after: colon)...]))
        }
        let wanted = ColonCommand.normalizedID(text)
        if count > 1, let wanted, wanted.contains("."), reader.index.node(id: wanted) == nil {
            let others = readers.indices.filter { readers[$0].index.node(id: wanted) != nil }
            if others.count == 1 {
                current = others[0]
            } else if others.count > 1 {
                let names = others.map { fileName(of: $0) }.joined(separator: ", ")
                return .error(
                    "no requirement \(wanted) in this file; \(names) have it: :\(fileName(of: others[0])):\(wanted)")
            }
        }
        return goToInCurrentFile(id: text)
    }

    /// An open file by its number (1-based) or its name (or the start of it, when only one file fits).
    func openFile(named name: String) -> Int? {
        if let number = Int(name), number >= 1, number <= count { return number - 1 }
        let names = readers.indices.map { fileName(of: $0) }
        if let exact = names.firstIndex(of: name) { return exact }
        let fitting = names.indices.filter { names[$0].hasPrefix(name) || readers[$0].document.path == name }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// Goes to the requirement with a dotted id, or to a speech by its number; a wrong id only gets a message.
    private mutating func goToInCurrentFile(id: String) -> StatusMessage? {
        guard let normalized = ColonCommand.normalizedID(id) else {
            return .error("unknown command \"\(id)\" (try :2.4.3, :2, :q or ? for help)")
        }
        let parts = normalized.split(separator: ".")
        if parts.count == 1, let number = Int(parts[0]) {
            guard number >= 1, number <= reader.document.speeches.count else {
                return .error("no speech \(number): this document has \(reader.document.speeches.count)")
            }
            return ReadingPane.goToSpeech(number, &reader)
        }
        guard let node = reader.document.node(id: normalized) else {
            return .error("no requirement \(normalized) in \(count > 1 ? fileName(of: current) : "this document")")
        }
        reader.jump(toNode: node.index)
        return nil
    }
}
