/// The convex hull of a large dataset computed one chemical system at a time: the stability of
/// every entry of, say, all 85,014 Materials Project compositions over 84 elements, where one
/// hull over everything would be an 83-dimensional qhull call that cannot finish.
///
/// The hull of a chemical system S restricted to its own compositions is the hull of the stable
/// entries of every proper subsystem of S together with the entries whose system is exactly S
/// (an unstable entry of a subsystem lies above that subsystem's hull, which is a face of S's).
/// So systems are processed bottom-up by number of elements: one ``PhaseDiagram`` per system
/// that has entries of its own, built from the stable entries already found in its subsystems
/// plus its own entries, systems of the same size in parallel on all cores. Results are
/// deterministic (each system's inputs are in input order, whatever the scheduling).
///
/// Every entry gets the ``EntryStability`` a single ``PhaseDiagram`` over all entries would
/// give it (energy above hull, stability, decomposition products, Bartel's decomposition
/// energy), to rounding: the hull facets are the same, only the points qhull sees differ.
/// Bartel's decomposition energy of a stable entry needs the hull of all *other* entries of its
/// system; unstable entries of proper subsystems never lie below that hull (they are above
/// their own subsystem's hull, which the other entries still span), so the per-system inputs
/// suffice.
public struct PatchedPhaseDiagram: Sendable {
    /// The entries and their chemical systems.
    public let index: ChemicalSystemIndex
    /// The stability of each of ``entries``, in the same order.
    public let stabilities: [EntryStability]
    /// Indices of the stable entries, ascending.
    public let stableIndices: [Int]
    /// For each of ``ChemicalSystemIndex/systems``, the stable entries whose system is exactly
    /// it, ascending.
    let stableBySystem: [[Int]]

    /// The entries, in the order given.
    public var entries: [Entry] { index.entries }

    /// The elements of the data, in order of atomic number.
    public var elements: [Element] { index.allElements.elements }

    /// Builds the hull of `entries` system by system.
    ///
    /// - Parameter entries: At least one pure entry per element; energies in eV per formula unit.
    /// - Throws: ``PhaseDiagramError`` as ``PhaseDiagram/init(entries:)``: no entries, a
    ///   non-finite energy, a missing elemental reference, or a qhull failure (the first one in
    ///   the order of the systems).
    /// - Complexity: for each distinct chemical system with entries, one hull (plus one linear
    ///   program per stable compound for its decomposition energy) or one linear program per
    ///   distinct own composition (see ``linearProgrammingElementCount``), over
    ///   the stable entries of its subsystems and its own entries; for data like the Materials
    ///   Project's (mostly 2–4 elements per compound) the total grows about linearly with the
    ///   number of entries, divided by the number of cores.
    public init(entries: [Entry]) throws(PhaseDiagramError) {
        try self.init(
            entries: entries, singleHullUpToElementCount: PhaseDiagramAtlas.singleHullElementLimit,
            linearProgrammingFromElementCount: Self.linearProgrammingElementCount)
    }

    /// From this many elements a system may be answered by linear programs instead of a hull
    /// (which ones: `answersByLinearPrograms(elementCount:own:inputs:from:)`).
    ///
    /// A system's hull is built from the stable phases of all its subsystems, most of them on its
    /// boundary, where qhull spends its time merging the coplanar points of the boundary faces;
    /// its own entries are often few (2.0 per system in the Materials Project). One LP per own
    /// composition over those phases (GLPK, exact polishing only when the floating-point optimum
    /// is not already certified) answers them for a fraction of the cost: on all 85,014 MP
    /// compositions the hulls took 29 s of CPU from 3 elements up, the LPs 3 s, with the same
    /// stable sets and energies within 2e-13 eV/atom. Binary systems keep their (2-D) hulls.
    public static let linearProgrammingElementCount = 3

    /// Whether a system is answered by linear programs rather than a hull: from `from` elements
    /// when its own entries are few beside the phases a hull would be built from (at most one
    /// in ``ownShareForLinearPrograms`` of them), and always from 5 elements, where a qhull
    /// hull over hundreds of points costs more than hundreds of LPs (10⁴ synthetic entries over
    /// 6 elements: the 6-element system's 188 own entries took 0.2 s as a hull, 15 ms as LPs).
    static func answersByLinearPrograms(elementCount: Int, own: Int, inputs: Int, from: Int) -> Bool {
        guard elementCount >= from else { return false }
        return elementCount >= 5 || own * ownShareForLinearPrograms <= inputs
    }

    /// A system with at most one own entry in this many of its hull's inputs is answered by
    /// linear programs (from ``linearProgrammingElementCount`` elements): one LP per own
    /// composition then costs less than the hull. Measured on the whole MP (2 own entries per
    /// system; 6.3 s of CPU with 1, 6.5 s with 2, 7.0 s with 4) and on 10⁴ synthetic entries over
    /// 6 elements (160 own entries per system; 1.4 s of CPU with 1, 0.68 s with 2 to 8).
    static let ownShareForLinearPrograms = 2

    /// Builds the hull of `entries` system by system, answering systems of at least
    /// `linearProgrammingFromElementCount` elements by linear programs instead of hulls (see
    /// `linearProgrammingStabilities(of:inputs:own:entries:referenceEnergies:)` and
    /// ``linearProgrammingElementCount``). Data spanning at most
    /// `singleHullUpToElementCount` elements get one ``PhaseDiagram`` over everything instead
    /// (cheap at that size, and bit-for-bit what ``PhaseDiagram`` gives; the per-system route
    /// agrees with it to ~1e-16).
    ///
    /// - Throws: as ``init(entries:)``.
    public init(
        entries: [Entry], singleHullUpToElementCount: Int, linearProgrammingFromElementCount: Int
    ) throws(PhaseDiagramError) {
        guard !entries.isEmpty else { throw .noEntries }
        for entry in entries where !entry.energy.isFinite { throw .nonFiniteEnergy(entry: entry.label) }
        let index = ChemicalSystemIndex(entries: entries)
        for element in index.allElements.elements where index.position(of: ChemicalSystem([element])) == nil {
            throw .missingElementalReference(element)
        }
        if index.allElements.count <= singleHullUpToElementCount {
            let diagram = try PhaseDiagram(entries: entries)
            var stableBySystem = [[Int]](repeating: [], count: index.systems.count)
            for stable in diagram.stableIndices { stableBySystem[index.systemOfEntry[stable]].append(stable) }
            self.index = index
            self.stableBySystem = stableBySystem
            self.stabilities = concurrentMap(count: entries.count) { diagram.stability(ofEntryAt: $0) }
            self.stableIndices = diagram.stableIndices
            return
        }
        let referenceEnergies = Entry.referenceEnergies(of: entries)
        let lpFrom = linearProgrammingFromElementCount
        var levels: [[Int]] = []
        for (position, system) in index.systems.enumerated() {
            let size = system.count
            while levels.count < size { levels.append([]) }
            levels[size - 1].append(position)
        }
        var stableBySystem = [[Int]](repeating: [], count: index.systems.count)
        var results = [EntryStability?](repeating: nil, count: entries.count)
        for level in levels where !level.isEmpty {
            let known = stableBySystem
            let outcomes = concurrentMap(count: level.count) {
                item -> Result<(stable: [Int], rows: [(Int, EntryStability)]), PhaseDiagramError> in
                let position = level[item]
                let own = index.entryIndicesBySystem[position]
                let inputs = PatchedPhaseDiagram.hullInputs(
                    of: index.systems[position], index: index, stableBySystem: known)
                do throws(PhaseDiagramError) {
                    if Self.answersByLinearPrograms(elementCount: index.systems[position].count, own: own.count, inputs: inputs.count, from: lpFrom) {
                        return .success(try PatchedPhaseDiagram.linearProgrammingStabilities(
                            of: index.systems[position], inputs: inputs, own: own, entries: index.entries,
                            referenceEnergies: referenceEnergies))
                    }
                    let diagram = try PhaseDiagram(entries: inputs.map { index.entries[$0] })
                    var local: [Int: Int] = [:]
                    for (offset, global) in inputs.enumerated() { local[global] = offset }
                    var stable: [Int] = []
                    var rows: [(Int, EntryStability)] = []
                    rows.reserveCapacity(own.count)
                    // Bartel's energy of each stable compound: one LP over the other
                    // compositions (all in one warm-started sequence) instead of a hull of them.
                    let stableCompounds = own.filter { diagram.isStable(entryAt: local[$0]!) && !index.entries[$0].isElement }
                    var decompositionEnergies: [Int: Double] = [:]
                    if !stableCompounds.isEmpty {
                        let others = LinearProgrammingHull(
                            system: index.systems[position], inputs: inputs, entry: { index.entries[$0] },
                            referenceEnergies: referenceEnergies)
                        let hulls = try others.hullsOfOtherCompositions(
                            at: stableCompounds.map { (index.entries[$0], CompositionKey(index.entries[$0].composition)) })
                        for (global, hull) in zip(stableCompounds, hulls) {
                            decompositionEnergies[global] = diagram.formationEnergiesPerAtom[local[global]!] - hull.energy
                        }
                    }
                    for global in own {
                        let offset = local[global]!
                        if diagram.isStable(entryAt: offset) { stable.append(global) }
                        rows.append((global, diagram.stability(ofEntryAt: offset) { decompositionEnergies[global] }))
                    }
                    return .success((stable, rows))
                } catch {
                    return .failure(error)
                }
            }
            for (item, outcome) in outcomes.enumerated() {
                switch outcome {
                case .failure(let error): throw error
                case .success(let value):
                    stableBySystem[level[item]] = value.stable
                    for (global, row) in value.rows { results[global] = row }
                }
            }
        }
        self.index = index
        self.stableBySystem = stableBySystem
        self.stabilities = results.map { $0! }
        self.stableIndices = stableBySystem.flatMap { $0 }.sorted()
    }

    /// The entries a hull of `system` needs: the stable entries of its proper subsystems and all
    /// entries whose system is exactly `system`, ascending.
    static func hullInputs(of system: ChemicalSystem, index: ChemicalSystemIndex, stableBySystem: [[Int]]) -> [Int] {
        var inputs: [Int] = []
        for position in index.subsystemPositions(of: system, includingItself: false) {
            inputs.append(contentsOf: stableBySystem[position])
        }
        if let position = index.position(of: system) { inputs.append(contentsOf: index.entryIndicesBySystem[position]) }
        inputs.sort()
        return inputs
    }

    /// The stability of ``entries``[`index`] (see ``PhaseDiagram/stability(ofEntryAt:)``).
    ///
    /// - Complexity: O(1); computed when the diagram was built.
    public func stability(ofEntryAt index: Int) -> EntryStability { stabilities[index] }

    /// The energy above the hull (eV/atom) of ``entries``[`index`].
    ///
    /// - Complexity: O(1).
    public func energyAboveHull(ofEntryAt index: Int) -> Double { stabilities[index].energyAboveHull }

    /// Whether ``entries``[`index`] is a vertex of the hull.
    ///
    /// - Complexity: O(1).
    public func isStable(entryAt index: Int) -> Bool { stabilities[index].isStable }
}
