/// Keys typed while the whole documents loaded, replayed on them. The replay stops before the first key whose
/// effects would write (or start $EDITOR) or that opens an annotation to edit (the tag prompt, the note editor,
/// the annotations panel), and the reader is put back as it was before the command that key ends began (a `:`
/// line), so nothing is done to annotations the user has not seen, and no half-typed command is left open.
enum TypeAheadReplay {
    static func replay(_ keys: [Key], on app: inout ReaderApp) {
        // The reader before the command in progress, and the key that began it.
        var beforeCommand = app
        var commandStart = 0
        for (i, key) in keys.enumerated() where !app.isFinished {
            if app.isBetweenCommands {
                beforeCommand = app
                commandStart = i
            }
            var next = app
            let effects = next.update(.key(key))
            if effects.contains(where: \.waitsForWholeDocuments) || next.mode.isEditingAnnotations {
                app = beforeCommand
                let name = Self.name(keys[commandStart...i])
                app.say("keys typed while loading stopped at \(name): annotations wait for the whole file", error: true)
                return
            }
            app = next
            for effect in effects { _ = app.carryOut(effect) }
        }
    }

    /// The key that began a command, or for a `:` line its word (":w", ":status").
    private static func name(_ keys: ArraySlice<Key>) -> String {
        guard keys.first == .character(":") else { return KeyNotation.notation(keys.first.map { [$0] } ?? []) }
        let word = keys.dropFirst().prefix { key in
            if case .character(let c) = key { return c != " " }
            return false
        }
        return ":"
            + word.compactMap {
                if case .character(let c) = $0 { return String(c) }
                return nil
            }.joined()
    }
}
