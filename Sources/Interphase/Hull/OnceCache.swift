import Foundation

/// Values computed at most once per key and shared between threads: a thread that asks for a
/// key another thread is computing waits for that result instead of computing it again.
///
/// Building a value may ask for other keys (a system's hull needs its subsystems'), as long as
/// those requests never lead back to a key being built (subsystems are strictly smaller).
final class OnceCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var values: [Key: Value] = [:]
    private var building: Set<Key> = []
    private var builds = 0

    /// How many values were built (not found or waited for) so far.
    var buildCount: Int { condition.withLock { builds } }

    /// The value of `key`, built by `build` unless it is cached or being built by another
    /// thread (then its result, once ready).
    ///
    /// - Complexity: a look-up; the first time, the cost of `build`.
    func value(for key: Key, build: () -> Value) -> Value {
        condition.lock()
        while true {
            if let value = values[key] {
                condition.unlock()
                return value
            }
            guard building.contains(key) else { break }
            condition.wait()
        }
        building.insert(key)
        builds += 1
        condition.unlock()
        let value = build()
        condition.lock()
        values[key] = value
        building.remove(key)
        condition.broadcast()
        condition.unlock()
        return value
    }

    /// The value of `key` if it was built already.
    func cachedValue(for key: Key) -> Value? {
        condition.withLock { values[key] }
    }

    /// Keeps `value` for `key` unless a value is already there or being built.
    func offer(_ value: Value, for key: Key) {
        condition.withLock {
            if values[key] == nil, !building.contains(key) { values[key] = value }
        }
    }
}
