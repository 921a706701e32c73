import Foundation

/// A note being typed in the reader: its text (any Unicode, several lines), the cursor as a character offset,
/// and the annotation it belongs to. Characters are inserted as whole grapheme clusters, so a combining mark an
/// input method sends after its base joins it.
struct NoteEditor: Equatable {
    let file: Int
    let id: String
    /// What the note was when editing began, to tell whether anything changed.
    let original: String
    private(set) var text: String
    private(set) var cursor: Int

    init(file: Int, id: String, text: String) {
        self.file = file
        self.id = id
        original = text
        self.text = text
        cursor = text.count
    }

    private var characters: [Character] { Array(text) }

    mutating func insert(_ string: String) {
        let before = String(text.prefix(cursor)) + string
        text = before + text.dropFirst(cursor)
        cursor = before.count
    }

    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        var chars = characters
        chars.remove(at: cursor - 1)
        text = String(chars)
        cursor -= 1
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(text.count, cursor + 1) }

    /// Start and end (character offsets) of the line holding the cursor.
    private func lineBounds(at offset: Int) -> Range<Int> {
        let chars = characters
        var start = offset
        while start > 0, chars[start - 1] != "\n" { start -= 1 }
        var end = offset
        while end < chars.count, chars[end] != "\n" { end += 1 }
        return start..<end
    }

    mutating func moveToLineStart() { cursor = lineBounds(at: cursor).lowerBound }
    mutating func moveToLineEnd() { cursor = lineBounds(at: cursor).upperBound }

    /// Up or down a line, keeping the column in characters where the line is long enough.
    mutating func moveLine(_ delta: Int) {
        let line = lineBounds(at: cursor)
        let column = cursor - line.lowerBound
        if delta < 0 {
            guard line.lowerBound > 0 else { return }
            let previous = lineBounds(at: line.lowerBound - 1)
            cursor = min(previous.lowerBound + column, previous.upperBound)
        } else {
            guard line.upperBound < text.count else { return }
            let next = lineBounds(at: line.upperBound + 1)
            cursor = min(next.lowerBound + column, next.upperBound)
        }
    }

    /// The note to save: nil when empty, surrounding blank lines and spaces dropped.
    var note: String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension NoteEditor {
    /// Replaces the whole text (what $EDITOR wrote).
    mutating func replaceText(_ new: String) {
        text = new
        cursor = new.count
    }
}
