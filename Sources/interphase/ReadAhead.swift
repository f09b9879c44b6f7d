import Dispatch
import Foundation

/// Runs a producer of items (`produce`, which hands each item to its argument, in order) on a
/// thread of its own, one item ahead of `consume` on the caller's: a batch's next block of
/// queries is read while the last one is answered, so that the cores the answering leaves idle
/// read. At most two items wait besides the one consumed, so memory stays flat.
///
/// Errors come in order: a producer's error is thrown where its item would have been consumed
/// (after every item before it); a consumer's error stops the producer (it is waited for) and
/// is thrown.
///
/// - Parameters:
///   - produce: Calls its argument with each item; its errors end the sequence.
///   - consume: Called with each item, in order, on the caller's thread.
func readingAhead<Item>(
    _ produce: @escaping @Sendable (_ yield: (Item) throws -> Void) throws -> Void,
    consume: (Item) throws -> Void
) throws {
    let channel = ReadAheadChannel<Item>()
    let finished = DispatchGroup()
    finished.enter()
    DispatchQueue.global().async {
        do {
            try produce { item in try channel.put(.item(item)) }
            try? channel.put(.end)
        } catch is ReadAheadChannel<Item>.Stopped {
        } catch {
            try? channel.put(.failure(error))
        }
        finished.leave()
    }
    defer {
        channel.stop()
        finished.wait()
    }
    while true {
        switch channel.take() {
        case .item(let item): try consume(item)
        case .end: return
        case .failure(let error): throw error
        }
    }
}

/// The hand-over between ``readingAhead(_:consume:)``'s two threads: one slot ahead.
private final class ReadAheadChannel<Item>: @unchecked Sendable {
    enum Message { case item(Item), end, failure(any Error) }
    /// Thrown to the producer once the consumer stopped.
    struct Stopped: Error {}

    private let lock = NSLock()
    private var waiting: [Message] = []
    private var stopped = false
    private let free = DispatchSemaphore(value: 1)
    private let ready = DispatchSemaphore(value: 0)

    /// Hands `message` over once the slot is free (the producer's side).
    func put(_ message: Message) throws {
        free.wait()
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else {
            free.signal()
            throw Stopped()
        }
        waiting.append(message)
        ready.signal()
    }

    /// The next message, waited for (the consumer's side).
    func take() -> Message {
        ready.wait()
        lock.lock()
        let message = waiting.removeFirst()
        lock.unlock()
        free.signal()
        return message
    }

    /// Lets a waiting producer go, refusing what it hands over from now on.
    func stop() {
        lock.lock()
        stopped = true
        waiting.removeAll()
        lock.unlock()
        free.signal()
    }
}
