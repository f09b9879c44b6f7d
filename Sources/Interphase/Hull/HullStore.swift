/// The hulls of one dataset, one chemical system at a time: the only code that builds stable
/// sets and decides, by its ``HullRoutingPolicy``, whether a system is answered by a hull or by
/// linear programs.
///
/// The hull of a chemical system S restricted to its own compositions is the hull of the stable
/// entries of every proper subsystem of S together with the entries whose system is exactly S
/// (an unstable entry of a subsystem lies above that subsystem's hull, which is a face of S's).
/// So stable sets are built bottom-up: lazily, one system and its subsystems at a time, for
/// questions (``stableEntries(of:)``); and for every system of the data at once, by levels of
/// element count on all cores, for a whole-data hull (``wholeDataHull()``). Both ask one builder
/// (`solve`); the lazy cache shares in-flight builds (two threads asking for one system build it
/// once), and questions after a pass read the pass's stable sets.
///
/// Bartel's decomposition energy of a stable entry needs the hull of all *other* entries of its
/// system; unstable entries of proper subsystems never lie below that hull (they are above
/// their own subsystem's hull, which the other entries still span), so the per-system inputs
/// suffice.
///
/// Without constraints: ``PhaseDiagramAtlas`` applies constraints to a system's entries and
/// builds its diagram itself; the constraints' metastable admission asks a store of the kept
/// entries.
package final class HullStore: Sendable {
    /// The entries, indexed by chemical system.
    package let index: ChemicalSystemIndex
    /// Each element's reference energy per atom (its lowest pure entry), for the linear programs
    /// that stand for hulls of many elements.
    let referenceEnergies: [Element: Double]
    /// The thresholds that route each system.
    package let policy: HullRoutingPolicy
    private let stableSets = OnceCache<ChemicalSystem, Result<[Int], PhaseDiagramError>>()
    private let candidateDiagrams = OnceCache<ChemicalSystem, Result<PhaseDiagram, PhaseDiagramError>>()
    private let candidateHulls = OnceCache<ChemicalSystem, Result<LinearProgrammingHull, PhaseDiagramError>>()
    /// Each system's stable entries as columns of the linear programs above it, by position in
    /// the index's systems (``stableColumns(at:)``).
    private let stableColumnsBySystem: OnceTable<Result<LinearProgrammingHull.StableColumns, PhaseDiagramError>>
    /// Each system's stable entries (by position in the index's systems), once a whole-data
    /// pass ran system by system.
    private let passStableSets = OnceCache<Int, [[Int]]>()
    /// Each entry's composition key and formation energy per atom (the columns of every
    /// system's linear programs), computed once, on all cores, by a whole-data pass system by
    /// system: an entry is an input of every system above its own, so per system they would be
    /// recomputed many times over. Lazy questions, which touch a few systems, compute them per
    /// system.
    private let entryTable = OnceCache<Int, LinearProgrammingHull.EntryTable>()

    /// The linear programs over `inputs` of `system` (whose entries of exactly `system` are
    /// `own`), their columns prepared from the ``entryTable`` once a whole-data pass computed it
    /// (for a system of the data), otherwise from the subsystems' columns
    /// (``stableColumns(at:)``) and `own` (`inputs` unread: a new system has no own entries).
    ///
    /// - Throws: ``PhaseDiagramError`` from building a subsystem's stable set.
    private func linearProgrammingHull(
        of system: ChemicalSystem, inputs: [Int], own: [Int]
    ) throws(PhaseDiagramError) -> LinearProgrammingHull {
        let entries = index.entries
        guard !own.isEmpty, let table = entryTable.cachedValue(for: 0) else {
            // The subsystems in any order: the programs order their columns by entry.
            var positions: [Int] = []
            positions.reserveCapacity(min((1 << min(system.count, 20)) - 2, index.systems.count))
            index.forEachSubsystemPosition(of: system, includingItself: false) { positions.append($0) }
            return LinearProgrammingHull(
                system: system, stableColumns: try stableColumns(at: positions), own: own, entry: { entries[$0] },
                referenceEnergies: referenceEnergies)
        }
        return LinearProgrammingHull(
            system: system, inputs: inputs, entry: { entries[$0] }, referenceEnergies: referenceEnergies,
            table: table, tableIsByEntry: true)
    }

    /// A store of `entries` (energies in eV per formula unit), nothing built yet.
    ///
    /// - Parameters:
    ///   - entries: Every entry the hulls may use.
    ///   - policy: The routing thresholds.
    /// - Complexity: O(N·k) to index N entries of at most k elements.
    package init(entries: [Entry], policy: HullRoutingPolicy = .standard) {
        index = ChemicalSystemIndex(entries: entries)
        referenceEnergies = Entry.referenceEnergies(of: entries)
        self.policy = policy
        stableColumnsBySystem = OnceTable(count: self.index.systems.count)
    }

    /// A store of `index`'s entries, nothing built yet, the index reused as it is (Monte Carlo
    /// samples: ``ChemicalSystemIndex/replacingEnergies(_:)`` of one index per sample).
    ///
    /// - Parameters:
    ///   - index: The indexed entries.
    ///   - policy: The routing thresholds.
    /// - Complexity: O(N) for the elemental references.
    package init(index: ChemicalSystemIndex, policy: HullRoutingPolicy = .standard) {
        self.index = index
        referenceEnergies = Entry.referenceEnergies(of: index.entries)
        self.policy = policy
        stableColumnsBySystem = OnceTable(count: self.index.systems.count)
    }

    /// How many systems' stable sets were built so far (each at most once, however many
    /// threads asked).
    package var stableSetBuildCount: Int { stableSets.buildCount }

    /// The stability of every entry of the data, and which are stable.
    package struct WholeDataHull: Sendable {
        /// The stability of each entry, in the data's order.
        package let stabilities: [EntryStability]
        /// Indices of the stable entries, ascending.
        package let stableIndices: [Int]
    }

    // MARK: Lazily, for questions

    /// The stable entries whose system is exactly `system` (global indices, ascending), building
    /// it and its subsystems the first time they are asked for (or read off the whole-data
    /// pass, once it ran system by system). Only these are kept per system: the entries its hull
    /// is built from are recomputed from its subsystems' when asked for (``hullInputs(of:)``).
    ///
    /// - Throws: ``PhaseDiagramError`` from a hull or a linear program.
    /// - Complexity: a cache look-up; the first time, one hull or one LP per own composition of
    ///   each subsystem not built yet.
    func stableEntries(of system: ChemicalSystem) throws(PhaseDiagramError) -> [Int] {
        if let position = index.position(of: system), let stableBySystem = passStableSets.cachedValue(for: 0) {
            return stableBySystem[position]
        }
        return try stableSets.value(for: system) {
            Result { () throws(PhaseDiagramError) -> [Int] in
                let (inputs, own) = try hullInputs(of: system)
                return try solve(system, inputs: inputs, own: own, rows: false).stable
            }
        }.get()
    }

    /// The hull a candidate of `system` is read off: the hull of its stable set's inputs (the
    /// same facets as the hull of all the system's entries, from far fewer points), cached.
    ///
    /// - Throws: ``PhaseDiagramError`` from building.
    package func candidateDiagram(of system: ChemicalSystem) throws(PhaseDiagramError) -> PhaseDiagram {
        try candidateDiagrams.value(for: system) {
            Result { () throws(PhaseDiagramError) -> PhaseDiagram in
                try PhaseDiagram(entries: try hullInputs(of: system).inputs.map { index.entries[$0] })
            }
        }.get()
    }

    /// The linear programs that answer candidates of `system`, over its stable set's inputs:
    /// prepared once and kept for a system of the data (their number is the data's, whatever the
    /// number of candidates); prepared for each call for a system the data do not have, whose
    /// candidates are answered together (``PhaseDiagramAtlas/stabilities(of:formulas:report:)``),
    /// so that memory stays flat however many new systems a screening meets.
    ///
    /// - Throws: ``PhaseDiagramError`` from building the stable set.
    func candidateHull(of system: ChemicalSystem) throws(PhaseDiagramError) -> LinearProgrammingHull {
        guard index.position(of: system) != nil else {
            return try linearProgrammingHull(of: system, inputs: [], own: [])
        }
        let prepare = { () throws(PhaseDiagramError) -> LinearProgrammingHull in
            let (inputs, own) = try self.hullInputs(of: system)
            return try self.linearProgrammingHull(of: system, inputs: inputs, own: own)
        }
        return try candidateHulls.value(for: system) { Result { () throws(PhaseDiagramError) in try prepare() } }.get()
    }

    /// The stable entries of each system at `positions` of the index's systems that are columns
    /// of the linear programs of the systems above it, with their formation energies: computed
    /// once per system, so that a new system's programs gather them from its subsystems
    /// (``candidateHull(of:)``) without reading an entry or an energy again, all under one lock.
    ///
    /// - Throws: ``PhaseDiagramError`` from building a stable set (of the first such system in
    ///   the index's order, whatever the order of `positions`).
    private func stableColumns(at positions: [Int]) throws(PhaseDiagramError) -> [LinearProgrammingHull.StableColumns] {
        let found = stableColumnsBySystem.values(at: positions) { position in
            Result { () throws(PhaseDiagramError) -> LinearProgrammingHull.StableColumns in
                LinearProgrammingHull.StableColumns(
                    stableEntries: try stableEntries(of: index.systems[position]), entry: { index.entries[$0] },
                    referenceEnergies: referenceEnergies)
            }
        }
        var columns: [LinearProgrammingHull.StableColumns] = []
        columns.reserveCapacity(found.count)
        var failure: (position: Int, error: PhaseDiagramError)?
        for (position, result) in zip(positions, found) {
            switch result {
            case .success(let value): columns.append(value)
            case .failure(let error): if failure.map({ position < $0.position }) ?? true { failure = (position, error) }
            }
        }
        if let failure { throw failure.error }
        return columns
    }

    /// The entries a hull of `system` needs: the stable entries of its proper subsystems and all
    /// entries whose system is exactly `system` (ascending), and those own entries.
    func hullInputs(of system: ChemicalSystem) throws(PhaseDiagramError) -> (inputs: [Int], own: [Int]) {
        try hullInputs(of: system) { position throws(PhaseDiagramError) in try stableEntries(of: index.systems[position]) }
    }

    /// ``hullInputs(of:)`` with the stable entries of each subsystem (by its position in the
    /// index's systems) from `stableEntries`.
    private func hullInputs(
        of system: ChemicalSystem, stableEntries: (Int) throws(PhaseDiagramError) -> [Int]
    ) throws(PhaseDiagramError) -> (inputs: [Int], own: [Int]) {
        var inputs: [Int] = []
        for position in index.subsystemPositions(of: system, includingItself: false) {
            inputs += try stableEntries(position)
        }
        let own = index.position(of: system).map { index.entryIndicesBySystem[$0] } ?? []
        inputs += own
        inputs.sort()
        return (inputs, own)
    }

    // MARK: The one builder

    /// Own entries of one system read off its hull per work item of the cores, when it holds
    /// more (a facet location each, O(F·d)).
    static var rowsPerWorkItem: Int { 256 }

    /// Which of `own` are stable among `inputs` — by linear programs or by a hull, as the policy
    /// says — and, with `rows`, the stability of each own entry (Bartel's decomposition energy
    /// of a stable compound by one LP over the other compositions, unless
    /// `decompositionEnergies` is false: then `nil`, as ``wholeDataHull(decompositionEnergies:)``
    /// documents).
    private func solve(
        _ system: ChemicalSystem, inputs: [Int], own: [Int], rows: Bool, decompositionEnergies: Bool = true
    ) throws(PhaseDiagramError) -> (stable: [Int], rows: [(Int, EntryStability)]) {
        let entries = index.entries
        let byLinearPrograms = policy.answersByLinearPrograms(elementCount: system.count, own: own.count, inputs: inputs.count)
        let forCandidates = !rows && policy.answersCandidatesByLinearPrograms(elementCount: system.count)
        if byLinearPrograms {
            let hull = try linearProgrammingHull(of: system, inputs: inputs, own: own)
            // Kept for the system's candidates (lazy questions only: a whole-data pass keeps none).
            // Not prepared for them alone: most systems built lazily are only subsystems of the
            // one asked about (``candidateHull(of:)`` prepares a system's when asked).
            if forCandidates { candidateHulls.offer(.success(hull), for: system) }
            let table = entryTable.cachedValue(for: 0)
            let answer = try Self.linearProgrammingStabilities(
                of: own, in: hull, entries: entries, keys: table?.keys, formulas: table?.formulas)
            return (answer.stable, rows ? answer.rows : [])
        }
        let diagram = try PhaseDiagram(entries: inputs.map { entries[$0] })
        var local: [Int: Int] = [:]
        for (offset, global) in inputs.enumerated() { local[global] = offset }
        let stable = own.filter { diagram.isStable(entryAt: local[$0]!) }
        guard rows else { return (stable, []) }
        // Bartel's energy of each stable compound: one LP over the other compositions (all in
        // one warm-started sequence) instead of a hull of them.
        let stableCompounds = stable.filter { !entries[$0].isElement }
        // Keyed by composition: the stable entry's polymorphs share it.
        var hullsOfOthers: [CompositionKey: Double] = [:]
        if decompositionEnergies, !stableCompounds.isEmpty {
            let others = try linearProgrammingHull(of: system, inputs: inputs, own: own)
            let keys = stableCompounds.map { CompositionKey(entries[$0].composition) }
            let hulls = try others.hullsOfOtherCompositions(at: zip(stableCompounds, keys).map { (entries[$0], $1) })
            for (key, hull) in zip(keys, hulls) { hullsOfOthers[key] = hull.energy }
        }
        // The whole-data pass's formulas, written once per entry (a product appears in many rows).
        let formulas = entryTable.cachedValue(for: 0)?.formulas
        let others = hullsOfOthers
        let localIndex = local
        let formula = formulas.map { formulas in { @Sendable (local: Int) in formulas[inputs[local]] } }
        let row = { @Sendable (global: Int) -> (Int, EntryStability) in
            (global, diagram.stability(ofEntryAt: localIndex[global]!, formula: formula) { others[CompositionKey(entries[global].composition)] })
        }
        // One facet location per unstable entry: a system holding thousands of its own entries
        // (alone at its level of the pass) spreads them over the cores.
        guard own.count > Self.rowsPerWorkItem else { return (stable, own.map(row)) }
        return (stable, concurrentBlocks(count: own.count, size: Self.rowsPerWorkItem, joining: { range in range.map { row(own[$0]) } }))
    }

    // MARK: Eagerly, for the whole data

    /// The stability of every entry: one hull over everything for data of at most
    /// `HullRoutingPolicy.singleHullElementLimit` elements (without decompositionEnergies:
    /// `singleHullElementLimitWithoutDecompositionEnergies`; bit for bit what `PhaseDiagram`
    /// gives), otherwise every system bottom-up, the systems of one element count in parallel on
    /// all cores. Deterministic (each system's inputs are in input order, whatever the
    /// scheduling). The store keeps each system's stable entries for later questions, not the
    /// rows (as large as the data: the caller holds them as long as it needs them).
    ///
    /// - Throws: ``PhaseDiagramError`` as `PhaseDiagram.init(entries:)`: no entries, a
    ///   non-finite energy, a missing elemental reference, or a qhull failure (the first one in
    ///   the order of the systems).
    /// - Complexity: for each distinct chemical system with entries, one hull (plus, with
    ///   `decompositionEnergies`, one LP per stable compound for the decomposition energies of its
    ///   composition) or one LP per distinct own composition, over the stable entries of its
    ///   subsystems and its own entries; for data like the Materials Project's the total grows
    ///   about linearly with the number of entries, divided by the number of cores.
    /// - Parameter decompositionEnergies: Whether to find Bartel's decomposition energy of every
    ///   stable compound (the CLI's `hull` rows print it; one LP sequence per system with stable
    ///   compounds). Without them (a Monte Carlo sample, or pymatgen's `PatchedPhaseDiagram`,
    ///   which computes none) every row's is `nil` except in systems answered by linear
    ///   programs, where it comes free; every other field is the same.
    package func wholeDataHull(decompositionEnergies: Bool = true) throws(PhaseDiagramError) -> WholeDataHull {
        let entries = index.entries
        if let diagram = try singleWholeDataHull(decompositionEnergies: decompositionEnergies) {
            return WholeDataHull(
                stabilities: concurrentMap(count: entries.count) { index in
                    decompositionEnergies ? diagram.stability(ofEntryAt: index) : diagram.stability(ofEntryAt: index) { nil }
                },
                stableIndices: diagram.stableIndices)
        }
        var levels: [[Int]] = []
        for (position, system) in index.systems.enumerated() {
            while levels.count < system.count { levels.append([]) }
            levels[system.count - 1].append(position)
        }
        // Every system's linear programs read each entry's key and formation energy from here.
        _ = entryTable.value(for: 0) {
            LinearProgrammingHull.EntryTable(entries: entries, referenceEnergies: referenceEnergies, withFormulas: true)
        }
        var results = [EntryStability?](repeating: nil, count: entries.count)
        var stableBySystem = [[Int]](repeating: [], count: index.systems.count)
        for level in levels where !level.isEmpty {
            let known = stableBySystem
            let outcomes = concurrentMap(count: level.count) { item -> Result<(stable: [Int], rows: [(Int, EntryStability)]), PhaseDiagramError> in
                let system = self.index.systems[level[item]]
                return Result { () throws(PhaseDiagramError) -> (stable: [Int], rows: [(Int, EntryStability)]) in
                    let (inputs, own) = try self.hullInputs(of: system) { known[$0] }
                    return try self.solve(system, inputs: inputs, own: own, rows: true, decompositionEnergies: decompositionEnergies)
                }
            }
            for (item, outcome) in outcomes.enumerated() {
                let (stable, rows) = try outcome.get()
                stableBySystem[level[item]] = stable
                for (global, row) in rows { results[global] = row }
            }
        }
        passStableSets.offer(stableBySystem, for: 0)
        return WholeDataHull(stabilities: results.map { $0! }, stableIndices: stableBySystem.flatMap { $0 }.sorted())
    }
}

extension HullStore {
    /// What ``wholeDataHull(decompositionEnergies:)`` without decomposition energies gives,
    /// reduced to two numbers per entry (pymatgen's `PatchedPhaseDiagram` through the C
    /// interface reads nothing else): for data answered by one hull, that hull's
    /// ``PhaseDiagram/energiesAboveHull()`` with no rows of products and formulas built; otherwise
    /// the rows' numbers. The same values, and the same stable sets kept for later questions.
    ///
    /// - Returns: whether each entry is stable, and its energy above the hull (eV/atom).
    /// - Throws: as ``wholeDataHull(decompositionEnergies:)``.
    package func wholeDataEnergiesAboveHull() throws(PhaseDiagramError) -> (isStable: [Bool], energiesAboveHull: [Double]) {
        if let diagram = try singleWholeDataHull(decompositionEnergies: false) {
            return (index.entries.indices.map { diagram.isStable(entryAt: $0) }, diagram.energiesAboveHull())
        }
        let rows = try wholeDataHull(decompositionEnergies: false).stabilities
        return (rows.map(\.isStable), rows.map(\.energyAboveHull))
    }

    /// Checks the whole data as the pass does; where the policy answers it by one hull, builds
    /// that hull and keeps its stable sets for later questions.
    ///
    /// - Returns: the one hull over all entries, or `nil` where the pass goes system by system.
    /// - Throws: ``PhaseDiagramError`` as ``wholeDataHull(decompositionEnergies:)``.
    private func singleWholeDataHull(decompositionEnergies: Bool) throws(PhaseDiagramError) -> PhaseDiagram? {
        let entries = index.entries
        guard !entries.isEmpty else { throw .noEntries }
        for entry in entries where !entry.energy.isFinite { throw .nonFiniteEnergy(entry: entry.label) }
        for element in index.allElements.elements where index.position(of: ChemicalSystem([element])) == nil {
            throw .missingElementalReference(element)
        }
        guard policy.usesSingleHull(elementCount: index.allElements.count, decompositionEnergies: decompositionEnergies) else { return nil }
        let diagram = try PhaseDiagram(entries: entries)
        if !policy.usesSingleHull(elementCount: index.allElements.count) {
            // Questions go through the stable sets (the data are past the questions' single
            // hull): each system's stable entries, read off the one hull.
            var stableBySystem = [[Int]](repeating: [], count: index.systems.count)
            for stable in diagram.stableIndices { stableBySystem[index.systemOfEntry[stable]].append(stable) }
            passStableSets.offer(stableBySystem, for: 0)
        }
        return diagram
    }
}

extension HullStore {
    /// The stabilities of `own` entries of one system, found without building the system's
    /// hull: one linear program per distinct own composition over the stable entries of the
    /// subsystems and the system's other compositions (``LinearProgrammingHull``).
    ///
    /// - Parameters:
    ///   - own: The entries of exactly the hull's system to answer (among its inputs).
    ///   - hull: The prepared programs over the system's inputs.
    ///   - entries: The entries the indices refer to.
    ///   - keys: Each entry's composition key, when computed beforehand.
    ///   - formulas: Each entry's reduced formula, when computed beforehand.
    /// - Returns: The stable entries among `own` (ascending) and a row per own entry.
    /// - Complexity: one sequence of GLPK simplex solves over the n inputs with k rows, a few
    ///   pivots per distinct own composition.
    static func linearProgrammingStabilities(
        of own: [Int], in hull: LinearProgrammingHull, entries: [Entry], keys entryKeys: [CompositionKey]? = nil,
        formulas: [String]? = nil
    ) throws(PhaseDiagramError) -> (stable: [Int], rows: [(Int, EntryStability)]) {
        var keys: [CompositionKey] = []
        var done = Set<CompositionKey>()
        for index in own {
            let key = entryKeys?[index] ?? CompositionKey(entries[index].composition)
            if done.insert(key).inserted { keys.append(key) }
        }
        // Only entries of exactly this system have these compositions: each group is all own.
        let groups = keys.map { key in hull.groups[key]!.map { (index: $0, entry: entries[$0]) } }
        let others = try hull.hullsOfOtherCompositions(at: zip(groups, keys).map { ($0[0].entry, $1) })
        var stable: [Int] = []
        var rows: [(Int, EntryStability)] = []
        for (group, other) in zip(groups, others) {
            let answer = hull.stabilities(of: group, others: other, entry: { entries[$0] }, formulas: formulas)
            if let winner = answer.stable { stable.append(winner) }
            rows += answer.rows
        }
        stable.sort()
        return (stable, rows)
    }
}
