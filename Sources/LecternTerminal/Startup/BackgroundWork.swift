import Foundation

/// Work run on a thread of its own while the reader answers keys. The reader's loop polls `take()`, so no
/// state is shared beyond the finished result, handed over under a lock.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Value?
    private var taken = false

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            lock.withLock { result = value }
        }
        // Recognition and the first layout recurse over the outline; give them the main thread's room.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result, once, when the work is done; nil before and after.
    func take() -> Value? {
        lock.withLock {
            guard !taken, let value = result else { return nil }
            taken = true
            result = nil
            return value
        }
    }
}
