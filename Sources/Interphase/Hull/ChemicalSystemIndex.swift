/// Entries grouped by chemical system, for finding the entries of any system quickly in a
/// large dataset (all of the Materials Project: 85,014 entries over 84 elements).
///
/// The chemical system of an entry is the set of its elements. ``entryIndices(within:)`` gives
/// every entry whose system is a subset of a given one — the entries of that system's phase
/// diagram — by testing each distinct system once (a 128-bit mask test), not each entry.
package struct ChemicalSystemIndex: Sendable {
    /// The entries, in the order given.
    package private(set) var entries: [Entry]
    /// The distinct chemical systems of the entries, ordered by number of elements and then by
    /// atomic numbers.
    package let systems: [ChemicalSystem]
    /// For each of ``systems``, the indices into ``entries`` of its entries (whose system is
    /// exactly it), ascending.
    let entryIndicesBySystem: [[Int]]
    /// The position in ``systems`` of each system.
    let positions: SystemPositionTable
    /// The system of each entry, as a position in ``systems``.
    let systemOfEntry: [Int]
    /// Every element that occurs in an entry.
    package let allElements: ChemicalSystem

    /// Indexes `entries`.
    ///
    /// - Complexity: O(N·k) for N entries of at most k elements, plus O(S log S) to sort the S
    ///   distinct systems.
    package init(entries: [Entry]) {
        var groups: [ChemicalSystem: [Int]] = [:]
        var entrySystems: [ChemicalSystem] = []
        entrySystems.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            let system = ChemicalSystem(entry.composition)
            groups[system, default: []].append(index)
            entrySystems.append(system)
        }
        let systems = groups.keys.sorted()
        let positions = SystemPositionTable(systems)
        self.entries = entries
        self.systems = systems
        self.entryIndicesBySystem = systems.map { groups[$0]! }
        self.positions = positions
        self.systemOfEntry = entrySystems.map { positions.position(of: $0)! }
        self.allElements = systems.reduce(ChemicalSystem([])) { $0.union($1) }
    }

    /// This index with each entry's energy replaced (eV per formula unit, in entry order): the
    /// same compositions, so the same systems; nothing is re-indexed (a Monte Carlo sample).
    ///
    /// - Parameter energies: One energy per entry.
    /// - Complexity: O(N).
    package func replacingEnergies(_ energies: [Double]) -> ChemicalSystemIndex {
        precondition(energies.count == entries.count, "one energy per entry")
        var copy = self
        for index in copy.entries.indices { copy.entries[index].energy = energies[index] }
        return copy
    }

    /// The position in ``systems`` of `system`, or `nil` when no entry has exactly it.
    func position(of system: ChemicalSystem) -> Int? { positions.position(of: system) }

    /// The positions in ``systems`` of every system with entries that is a subset of `system`
    /// (itself included), ascending.
    ///
    /// - Complexity: O(min(2^k, S)) for k elements in `system` and S distinct systems.
    func subsystemPositions(of system: ChemicalSystem, includingItself: Bool = true) -> [Int] {
        var found: [Int] = []
        forEachSubsystemPosition(of: system, includingItself: includingItself) { found.append($0) }
        found.sort()
        return found
    }

    /// Calls `body` with the position in ``systems`` of every system with entries that is a
    /// subset of `system` (itself included), in no particular order: for callers that order
    /// what they gather themselves (a new system's linear programs order their columns by
    /// entry), without an array or a sort per system.
    ///
    /// - Complexity: O(min(2^k, S)) for k elements in `system` and S distinct systems.
    @inline(__always)
    func forEachSubsystemPosition(of system: ChemicalSystem, includingItself: Bool = true, _ body: (Int) -> Void) {
        let k = system.count
        if k < 20, (1 << k) < systems.count {
            system.forEachProperSubsystem { subsystem in
                if let position = positions.position(of: subsystem) { body(position) }
            }
            if includingItself, let position = positions.position(of: system) { body(position) }
        } else {
            for (position, candidate) in systems.enumerated() where candidate.isSubset(of: system) {
                if candidate == system && !includingItself { continue }
                body(position)
            }
        }
    }

    /// The indices into ``entries`` of every entry whose elements all lie in `system`, ascending
    /// (input order): the entries of that system's phase diagram.
    ///
    /// - Complexity: O(min(2^k, S) + n log n) for the n entries found.
    package func entryIndices(within system: ChemicalSystem) -> [Int] {
        var indices: [Int] = []
        for position in subsystemPositions(of: system) { indices.append(contentsOf: entryIndicesBySystem[position]) }
        indices.sort()
        return indices
    }
}
