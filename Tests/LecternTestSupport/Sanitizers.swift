#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether this test process runs under AddressSanitizer or ThreadSanitizer (`swift test --sanitize=…`), whose
/// instrumented code runs several times slower: time budgets meant for a plain build are stretched by `slowdown`.
public enum Sanitizers {
    public static let active: Bool = {
        let program = dlopen(nil, RTLD_NOW)
        let names: [String] = ["__asan_init", "__tsan_init"]
        return names.contains { name in dlsym(program, name) != nil }
    }()

    /// How many times longer a timed step may take in this process.
    public static var slowdown: Int { active ? 5 : 1 }
}
