import LecternTerminal

/// What every frame the reader draws must be, whatever the keys: its size, its cursor inside it, and no cell
/// holding a character a terminal would obey — C0 controls, DEL, C1 controls, bidi controls (the set of the
/// tests' `HostileText.rawControls`, checked cell by cell so that a frame after every key stays affordable).
public enum Frame {
    public static func check(_ screen: ScreenBuffer) {
        Fuzz.require(
            screen.cells.count == screen.width * screen.height,
            "a frame of \(screen.cells.count) cells for \(screen.width)x\(screen.height)")
        if let cursor = screen.cursorPosition {
            Fuzz.require(
                cursor.row >= 0 && cursor.row < screen.height && cursor.column >= 0 && cursor.column < screen.width,
                "the cursor at \(cursor) is outside the \(screen.width)x\(screen.height) frame")
        }
        for (i, cell) in screen.cells.enumerated() {
            for scalar in cell.text.unicodeScalars where isTerminalControl(scalar.value) {
                let row = i / max(1, screen.width)
                Fuzz.require(
                    false,
                    "row \(row) of the frame holds U+\(String(scalar.value, radix: 16, uppercase: true)): "
                        + screen.text(ofRow: row).debugDescription)
            }
        }
    }

    static func isTerminalControl(_ v: UInt32) -> Bool {
        v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
