/// Turns keys into actions using `KeyBindings.table`: collects count prefixes (5j), multi-key sequences (zo, ]]),
/// and the letter after m and '.
public struct KeyDispatcher {
    public enum Result: Equatable {
        case action(Action, count: Int?, key: Key, letter: Character?)
        /// One of the annotations panel's own keys.
        case panelAction(PanelAction, count: Int?)
        /// More keys are needed.
        case pending
        /// The keys typed match no binding.
        case unbound(String)
    }

    private(set) var pending: [Key] = []
    private(set) var count: Int?
    private var letterFor: (Action, Key)?

    public init() {}

    /// Count and keys typed so far, for the status line.
    public var pendingText: String { (count.map(String.init) ?? "") + KeyNotation.notation(pending) }

    public mutating func reset() {
        pending = []
        count = nil
        letterFor = nil
    }

    public mutating func feed(_ key: Key, scope: KeyScope) -> Result {
        if let (action, first) = letterFor {
            let taken = count
            reset()
            guard case .character(let letter) = key else { return .unbound(KeyNotation.notation([first, key])) }
            return .action(action, count: taken, key: first, letter: letter)
        }
        if pending.isEmpty, case .character(let c) = key, let digit = c.wholeNumberValue, c.isASCII,
            count != nil || ((scope == .text || scope == .visual) && digit > 0)
        {
            count = min((count ?? 0) * 10 + digit, 99_999)
            return .pending
        }
        pending.append(key)
        var isPrefix = false
        for binding in Self.candidates(for: scope) {
            for sequence in binding.sequences {
                if sequence == pending {
                    let taken = count
                    guard case .pane(let action) = binding.command else {
                        reset()
                        if case .panel(let action) = binding.command { return .panelAction(action, count: taken) }
                        return .unbound(KeyNotation.notation([key]))  // the editors' keys are never fed here
                    }
                    if binding.takesLetter {
                        letterFor = (action, key)
                        pending = []
                        return .pending
                    }
                    reset()
                    return .action(action, count: taken, key: key, letter: nil)
                }
                if sequence.count > pending.count, Array(sequence.prefix(pending.count)) == pending { isPrefix = true }
            }
        }
        if isPrefix { return .pending }
        let typed = pendingText
        reset()
        return .unbound(typed)
    }

    /// Bindings of the focused pane first, then those that apply anywhere.
    static func candidates(for scope: KeyScope) -> [KeyBinding] {
        KeyBindings.table.filter { $0.scope == scope } + KeyBindings.table.filter { $0.scope == .anywhere }
    }
}
