/// The position of each chemical system of an index, found by open addressing over the systems'
/// 128-bit masks with a multiplicative hash: a look-up costs a few instructions instead of a
/// `Hasher` pass, for the 2^k − 2 probes of a k-element system's subsystems
/// (``ChemicalSystemIndex/subsystemPositions(of:includingItself:)``) that a screening of new
/// systems makes for each of them.
struct SystemPositionTable: Sendable {
    /// Each slot's position in `systems`, or −1 for an empty slot; a power of two of them, at
    /// most half full.
    private let slots: [Int32]
    private let systems: [ChemicalSystem]
    private let shift: Int

    /// The table of `systems` (distinct), each at its offset.
    ///
    /// - Complexity: O(S) for S systems.
    init(_ systems: [ChemicalSystem]) {
        var bits = 4
        while (1 << bits) < 2 * systems.count { bits += 1 }
        var slots = [Int32](repeating: -1, count: 1 << bits)
        let shift = 64 - bits
        for (position, system) in systems.enumerated() {
            var slot = Int(truncatingIfNeeded: system.mixedMask >> UInt64(shift))
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(position)
        }
        self.slots = slots
        self.systems = systems
        self.shift = shift
    }

    /// The position of `system`, or `nil` when it is not in the table.
    ///
    /// - Complexity: O(1) expected.
    @inline(__always)
    func position(of system: ChemicalSystem) -> Int? {
        var slot = Int(truncatingIfNeeded: system.mixedMask >> UInt64(shift))
        while true {
            let position = slots[slot]
            if position < 0 { return nil }
            if systems[Int(position)] == system { return Int(position) }
            slot = (slot + 1) & (slots.count - 1)
        }
    }
}
