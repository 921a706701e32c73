/// Reads what a person types for an id component: "3", "03", "b3" (item 3 of a second list), "A1" or "a1" (a
/// part after the text). Returns the component as the outline prints it, or nil when it is not one.
public enum NodeID {
    /// A whole dotted id as the outline prints it ("2.04.B3" → "2.4.b3"), or nil.
    public static func normalized(_ typed: String) -> String? {
        let parts = typed.split(separator: ".", omittingEmptySubsequences: false).map(component)
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.map { $0! }.joined(separator: ".")
    }

    public static func component(_ typed: Substring) -> String? {
        let letters = typed.prefix { $0.isASCII && $0.isLetter }
        let digits = typed.dropFirst(letters.count)
        guard letters.count <= 2, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let number = Int(digits)
        else { return nil }
        let lower = letters.lowercased()
        // a is never a list letter (the second list is b), so a1 means the part A1.
        let prefix = lower == "a" ? "A" : lower
        return prefix + String(number)
    }
}
