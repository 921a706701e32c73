#if canImport(Glibc)
    import Glibc
#endif

/// Room in the calling thread's heap, made at once for the tables a document is about to build.
///
/// glibc gives each thread an arena of its own and grows it by what an allocation lacks, a page or two at a
/// time, each growth a system call (mprotect) that also takes the address-space lock from page faults on the
/// other core. A folder's thousands of small documents, whose tables stay, grew the workers' arenas in 7,000
/// such calls. A block taken and given back grows the arena by its size in one call, and the tables that follow
/// fill that room. The block stays under the size glibc maps apart (128 KiB), so it comes from the arena.
enum HeapRoom {
    static let blockBytes = 120 << 10

    // Not optimized: a block freed unused is dead code to the optimizer, which would drop the pair.
    @inline(never) @_optimize(none)
    static func make() {
        #if canImport(Glibc)
            free(malloc(blockBytes))
        #endif
    }
}
