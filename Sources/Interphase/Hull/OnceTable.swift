import Synchronization

/// Values computed at most once per position in `0..<count` and shared between threads, read
/// many at a time: the values built so far are looked up under one lock per request, not one
/// lock and one hash per position. Building goes through a ``OnceCache`` (a thread that asks for
/// a position another thread is building waits for that result).
///
/// A new chemical system of k elements gathers the LP columns of up to 2^k − 2 subsystems of the
/// data (``HullStore``); read one by one, the look-ups cost as much as gathering the columns.
final class OnceTable<Value: Sendable>: Sendable {
    private let builds = OnceCache<Int, Value>()
    /// The values built so far, by position.
    private let built: Mutex<[Value?]>

    /// A table of `count` positions, nothing built yet.
    init(count: Int) {
        built = Mutex([Value?](repeating: nil, count: count))
    }

    /// The value at each of `positions` (in their order), each built by `build` unless it is
    /// built already or being built by another thread (then its result, once ready).
    ///
    /// - Complexity: one lock for the values built already; the first time, the cost of `build`
    ///   for each position not built yet.
    func values(at positions: [Int], build: (Int) -> Value) -> [Value] {
        var found = built.withLock { slots in positions.map { slots[$0] } }
        for (offset, position) in positions.enumerated() where found[offset] == nil {
            let value = builds.value(for: position) { build(position) }
            built.withLock { $0[position] = value }
            found[offset] = value
        }
        return found.map { $0! }
    }
}
