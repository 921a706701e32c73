import Foundation

/// A reproducible source of random choices for tests (SplitMix64). Every test that draws at random uses one, and
/// names its seed in each failure message, so a failing run can be replayed with `LECTERN_TEST_SEED=<seed>`.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var state: UInt64

    /// The seed from `LECTERN_TEST_SEED` when set, else `defaultSeed`.
    public init(defaultSeed: UInt64) {
        let fromEnvironment = ProcessInfo.processInfo.environment["LECTERN_TEST_SEED"].flatMap { UInt64($0) }
        self.init(seed: fromEnvironment ?? defaultSeed)
    }

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// "seed 42 (replay with LECTERN_TEST_SEED=42)", for failure messages.
    public var replay: String { "seed \(seed) (replay with LECTERN_TEST_SEED=\(seed))" }
}
