/// Gives each node an id component that no sibling has, so no two nodes of a document share an id.
///
/// A node's component is its ordinal as the document wrote it ("3"), so ids are today's wherever the numbering
/// is unique. When a parent's list starts again — a second 一是…四是 under one heading, an inline run after a
/// line-leading one, a repeated number — that list and the rest under the parent take a run letter: b for the
/// second list, c for the third ("1.2.b3" is item 3 of the second list under 1.2). Parts after the text
/// (附件, 注释) are "A1", "A2"…, so their items read "1.A1.3".
struct NodeComponents {
    private var used: [Int: Set<String>] = [:]
    private var run: [Int: Int] = [:]

    mutating func next(under parent: Int, family: MarkerFamily, ordinal: Int) -> String {
        if family == .appendix {
            return unique("A\(ordinal)", under: parent)
        }
        var current = run[parent] ?? 1
        var component = Self.component(run: current, ordinal: ordinal)
        while used[parent]?.contains(component) == true {
            current += 1
            component = Self.component(run: current, ordinal: ordinal)
        }
        run[parent] = current
        used[parent, default: []].insert(component)
        return component
    }

    private mutating func unique(_ base: String, under parent: Int) -> String {
        var component = base
        var copy = 1
        while used[parent]?.contains(component) == true {
            copy += 1
            component = base + "-" + String(copy)
        }
        used[parent, default: []].insert(component)
        return component
    }

    /// Run 1 is the plain ordinal; run 2 is b, run 3 c, … (a is never a run letter: A names parts).
    static func component(run: Int, ordinal: Int) -> String {
        guard run > 1 else { return String(ordinal) }
        let letters = Array("bcdefghijklmnopqrstuvwxyz")
        let index = run - 2
        let letter = index < letters.count ? String(letters[index]) : "z" + String(index - letters.count + 2)
        return letter + String(ordinal)
    }
}
