import Dispatch

/// `count` results computed concurrently on all cores, in index order (deterministic: each
/// index is computed once, by `body` alone, and stored in its own slot).
///
/// - Complexity: the cost of the `count` calls, spread over the cores.
func concurrentMap<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(body) }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer { slots.deallocate() }
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: count) { index in
        shared[index] = body(index)
    }
    let results = slots.map { $0! }
    _ = slots.deinitialize()
    return results
}
