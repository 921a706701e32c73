/// Where and why JSON text could not be read: 1-based line and column (in characters) and the byte offset.
public struct SidecarJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let byteOffset: Int
    public let reason: String
    /// The JSON may be well formed, but it nests deeper than the parser takes (`SidecarLimits.maxNestingDepth`).
    public var exceedsNestingLimit = false

    public var description: String { "line \(line), column \(column): \(reason)" }
}
