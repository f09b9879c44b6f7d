import Dispatch
import Foundation

/// Writes to standard output on a thread of its own, in order, so that a batch's next block is
/// answered while the last one is formatted and written; at most one write waits, so memory
/// holds at most two blocks of results whatever the number of queries.
final class BackgroundWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "interphase.output")
    private let pending = DispatchGroup()

    /// Writes the bytes `make` returns once the previous write is done; waits for that one first.
    func write(_ make: @escaping @Sendable () -> [UInt8]) {
        pending.wait()
        pending.enter()
        queue.async { [pending] in
            OutputWriting.write(make())
            pending.leave()
        }
    }

    /// Waits until everything given is written.
    func finish() {
        pending.wait()
    }
}
