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

/// `body` over consecutive blocks of `0..<count` of `size` indices (the last one shorter),
/// computed concurrently, in block order: for work too small per index to schedule alone
/// (parsing or writing one row).
///
/// - Complexity: the cost of the calls, spread over the cores.
func concurrentBlocks<T: Sendable>(count: Int, size: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
    concurrentMap(count: (count + size - 1) / size) { block in body((block * size)..<min((block + 1) * size, count)) }
}

/// The elements `body` makes of consecutive blocks of `0..<count` (see
/// `concurrentBlocks(count:size:_:)`), joined in order; the failure of the first failing block
/// in order is thrown, whatever the scheduling.
func concurrentBlocks<T: Sendable, Failure: Error>(
    count: Int, size: Int, joining body: @Sendable (Range<Int>) throws(Failure) -> [T]
) throws(Failure) -> [T] {
    let blocks = concurrentBlocks(count: count, size: size) { range in
        Result { () throws(Failure) -> [T] in try body(range) }
    }
    var joined: [T] = []
    // The blocks' own sizes (a block of rows may make many elements: the bytes of its text).
    joined.reserveCapacity(blocks.reduce(0) { total, block in total + ((try? block.get())?.count ?? 0) })
    for block in blocks { joined += try block.get() }
    return joined
}

/// An array of `count` elements made by `workItems` calls of `body`, run concurrently on all
/// cores: each call hands elements to its `deliver(index, element)`, which moves each into its
/// place in the array (no intermediate arrays, no copies). Together the calls must deliver
/// every index of `0..<count` exactly once (checked: a miss or a repeat stops the program, as
/// an index out of range would).
///
/// - Complexity: the cost of the calls, spread over the cores.
func concurrentlyFilled<T: Sendable>(
    count: Int, workItems: Int, _ body: @Sendable (Int, (Int, consuming T) -> Void) -> Void
) -> [T] {
    let delivered = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
    delivered.initialize(repeating: 0)
    defer { delivered.deallocate() }
    nonisolated(unsafe) let marks = delivered
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: workItems) { item in
            body(item) { index, element in
                precondition(index >= 0 && index < count && marks[index] == 0, "an element delivered twice or out of range")
                marks[index] = 1
                (slots.baseAddress! + index).initialize(to: element)
            }
        }
        precondition(!marks.contains(0), "an element not delivered")
        initialized = count
    }
}
