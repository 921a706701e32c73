/// The fold keys with the reading pane in focus: they act on the section at the cursor.
extension ReadingPane {
    /// `za`: folds or unfolds the section at the cursor.
    static func toggleFold(_ reader: inout DocumentReader) {
        reader.toggleFold(reader.target(at: reader.cursor))
    }

    /// `zo`: unfolds the section at the cursor when it is folded.
    static func openFold(_ reader: inout DocumentReader) {
        let target = reader.target(at: reader.cursor)
        if reader.isFoldable(target), reader.folds.isFolded(target) { reader.setFold(target, folded: false) }
    }

    /// `zc`: folds the section at the cursor, or else the nearest foldable section around it.
    static func closeFold(_ reader: inout DocumentReader) {
        let target = reader.target(at: reader.cursor)
        if reader.isFoldable(target), !reader.folds.isFolded(target) {
            reader.setFold(target, folded: true)
        } else if let parent = reader.parent(of: target), let foldable = reader.foldable(from: parent) {
            reader.setFold(foldable, folded: true)
        }
    }
}

extension ReadingPane {
    /// `za`, `zo`, `zc` in the text.
    static func fold(_ action: Action, _ reader: inout DocumentReader) {
        switch action {
        case .toggleFold: toggleFold(&reader)
        case .openFold: openFold(&reader)
        case .closeFold: closeFold(&reader)
        default: break
        }
    }
}
