/// Gives each node an id component that no sibling has, so no two nodes of a document share an id.
///
/// A node's component is its ordinal as the document wrote it ("3"), so ids are today's wherever the numbering
/// is unique. When a parent's list starts again — a second 一是…四是 under one heading, an inline run after a
/// line-leading one, a repeated number — that list and the rest under the parent take a run letter: b for the
/// second list, c for the third ("1.2.b3" is item 3 of the second list under 1.2). Parts after the text
/// (附件, 注释) are "A1", "A2"…, so their items read "1.A1.3".
struct NodeComponents {
    /// What one parent has given out. Ordinals 1–63 of its current run sit in a bit mask, so the common case
    /// (one list, small numbers) allocates and hashes nothing; anything else goes to a set.
    private struct Given {
        var run = 1
        var mask: UInt64 = 0
        var others: Set<Int>?

        func contains(run r: Int, ordinal: Int) -> Bool {
            if r == run, ordinal > 0, ordinal < 64 { return mask & (1 << UInt64(ordinal)) != 0 }
            return others?.contains(r << 32 | ordinal) == true
        }

        mutating func insert(run r: Int, ordinal: Int) {
            if r != run {
                // Moving to a new run: the old run's mask goes to the set.
                for bit in 1..<64 where mask & (1 << UInt64(bit)) != 0 { remember(run << 32 | bit) }
                run = r
                mask = 0
            }
            if ordinal > 0, ordinal < 64 { mask |= 1 << UInt64(ordinal) } else { remember(r << 32 | ordinal) }
        }

        private mutating func remember(_ key: Int) {
            if others == nil { others = [] }
            others!.insert(key)
        }
    }

    /// Indexed by node index; a speech's root by its number in `roots`.
    private var underNode: [Given] = []
    private var roots: [Int: Given] = [:]
    private var parts: [Int: Set<String>] = [:]

    /// A node's id component: its list's run and its ordinal (written "3", "b3"), or a part's name ("A1").
    enum Component: Equatable {
        case numbered(run: Int, ordinal: Int)
        case part(String)

        func append(to bytes: inout [UInt8]) {
            switch self {
            case .numbered(let run, let ordinal): NodeComponents.append(run: run, ordinal: ordinal, to: &bytes)
            case .part(let name): bytes.append(contentsOf: name.utf8)
            }
        }
    }

    /// The component for a marker under `parent` (nil: the speech's root).
    mutating func next(under parent: Int?, speech: Int, family: MarkerFamily, ordinal: Int) -> Component {
        if family == .appendix {
            var component = "A\(ordinal)"
            var copy = 1
            while parts[parent ?? -speech]?.contains(component) == true {
                copy += 1
                component = "A\(ordinal)-\(copy)"
            }
            parts[parent ?? -speech, default: []].insert(component)
            return .part(component)
        }
        var given: Given
        if let parent {
            if parent >= underNode.count { underNode += repeatElement(Given(), count: parent - underNode.count + 1) }
            given = underNode[parent]
        } else {
            given = roots[speech] ?? Given()
        }
        var run = given.run
        while given.contains(run: run, ordinal: ordinal) { run += 1 }
        given.insert(run: run, ordinal: ordinal)
        if let parent { underNode[parent] = given } else { roots[speech] = given }
        return .numbered(run: run, ordinal: ordinal)
    }

    /// Run 1 is the plain ordinal; run 2 is b, run 3 c, … (a is never a run letter: A names parts).
    static func component(run: Int, ordinal: Int) -> String {
        var bytes: [UInt8] = []
        append(run: run, ordinal: ordinal, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `component(run:ordinal:)`, written into `bytes` (ids are stored this way, with no String made).
    static func append(run: Int, ordinal: Int, to bytes: inout [UInt8]) {
        if run > 1 {
            let index = run - 2
            let letters = 25  // b…z
            if index < letters {
                bytes.append(UInt8(ascii: "b") + UInt8(index))
            } else {
                bytes.append(UInt8(ascii: "z"))
                bytes.appendDecimal(index - letters + 2)
            }
        }
        bytes.appendDecimal(ordinal)
    }
}
