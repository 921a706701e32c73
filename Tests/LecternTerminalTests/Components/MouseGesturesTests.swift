import Testing

@testable import LecternTerminal

/// The mouse's events become a pane's scroll, click or drag, or nothing.
@Suite struct MouseGesturesTests {
    private let layout = PaneLayout(width: 100, height: 30, treeVisible: true, preferredTreeWidth: 30)

    private func describe(_ gesture: MouseGestures.Gesture?) -> String {
        switch gesture {
        case .scroll(let inTree, let lines)?: return "scroll \(inTree ? "tree" : "text") \(lines)"
        case .click(let inTree, let column, let row)?: return "click \(inTree ? "tree" : "text") \(column),\(row)"
        case .drag(let from, let to)?: return "drag \(from.column),\(from.row) → \(to.column),\(to.row)"
        case nil: return "nothing"
        }
    }

    @Test func pressAndReleaseAreAClickOrADrag() {
        var mouse = MouseGestures()
        #expect(describe(mouse.gesture(for: MouseEvent(.press, column: 40, row: 2), in: layout)) == "nothing")
        #expect(describe(mouse.gesture(for: MouseEvent(.release, column: 40, row: 2), in: layout)) == "click text 40,2")
        _ = mouse.gesture(for: MouseEvent(.press, column: 40, row: 2), in: layout)
        #expect(
            describe(mouse.gesture(for: MouseEvent(.release, column: 60, row: 40), in: layout)) == "drag 40,2 → 60,28")
        // A release with no press is a click where it is.
        #expect(describe(mouse.gesture(for: MouseEvent(.release, column: 5, row: 3), in: layout)) == "click tree 5,3")
    }

    @Test func theWheelScrollsThePaneUnderItAndTheStatusLineIsNoPane() {
        var mouse = MouseGestures()
        #expect(describe(mouse.gesture(for: MouseEvent(.scrollUp, column: 5, row: 3), in: layout)) == "scroll tree -3")
        #expect(
            describe(mouse.gesture(for: MouseEvent(.scrollDown, column: 50, row: 3), in: layout)) == "scroll text 3")
        #expect(describe(mouse.gesture(for: MouseEvent(.click, column: 50, row: 29), in: layout)) == "nothing")
        #expect(describe(mouse.gesture(for: MouseEvent(.click, column: 30, row: 3), in: layout)) == "nothing")
    }
}
