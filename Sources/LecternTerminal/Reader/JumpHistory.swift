/// Positions jumped from (Ctrl-O goes back) and to (forward again), like vim's jump list.
struct JumpHistory {
    private(set) var back: [ReadingPosition] = []
    private(set) var forward: [ReadingPosition] = []
    let limit = 100

    /// Records the position a jump leaves.
    mutating func record(_ position: ReadingPosition) {
        if back.last != position { back.append(position) }
        if back.count > limit { back.removeFirst() }
        forward.removeAll()
    }

    mutating func goBack(from current: ReadingPosition) -> ReadingPosition? {
        guard let target = back.popLast() else { return nil }
        forward.append(current)
        return target
    }

    mutating func goForward(from current: ReadingPosition) -> ReadingPosition? {
        guard let target = forward.popLast() else { return nil }
        back.append(current)
        return target
    }
}
