extension PatchedPhaseDiagram {
    /// The stabilities of the entries whose system is exactly `system`, found without building
    /// the system's hull: one linear program per distinct own composition over the stable
    /// entries of the subsystems and the system's other compositions (``LinearProgrammingHull``).
    ///
    /// - Parameters:
    ///   - system: The chemical system.
    ///   - inputs: The stable entries of its proper subsystems and its own entries (ascending
    ///     indices into `entries`).
    ///   - own: The entries of exactly `system` to answer (a subset of `inputs`).
    ///   - entries: The entries the indices refer to.
    ///   - referenceEnergies: Each element's reference energy per atom.
    /// - Returns: The stable entries among `own` (ascending) and a row per own entry.
    /// - Complexity: one sequence of GLPK simplex solves over the n inputs with k rows, a few
    ///   pivots per distinct own composition.
    static func linearProgrammingStabilities(
        of system: ChemicalSystem, inputs: [Int], own: [Int], entries: [Entry], referenceEnergies: [Element: Double]
    ) throws(PhaseDiagramError) -> (stable: [Int], rows: [(Int, EntryStability)]) {
        let hull = LinearProgrammingHull(system: system, inputs: inputs, entry: { entries[$0] }, referenceEnergies: referenceEnergies)
        return try linearProgrammingStabilities(of: own, in: hull, entries: entries)
    }

    /// ``linearProgrammingStabilities(of:inputs:own:entries:referenceEnergies:)`` over a
    /// prepared ``LinearProgrammingHull``.
    static func linearProgrammingStabilities(
        of own: [Int], in hull: LinearProgrammingHull, entries: [Entry]
    ) throws(PhaseDiagramError) -> (stable: [Int], rows: [(Int, EntryStability)]) {
        var keys: [CompositionKey] = []
        var done = Set<CompositionKey>()
        for index in own {
            let key = CompositionKey(entries[index].composition)
            if done.insert(key).inserted { keys.append(key) }
        }
        // Only entries of exactly this system have these compositions: each group is all own.
        let groups = keys.map { key in hull.groups[key]!.map { (index: $0, entry: entries[$0]) } }
        let others = try hull.hullsOfOtherCompositions(at: zip(groups, keys).map { ($0[0].entry, $1) })
        var stable: [Int] = []
        var rows: [(Int, EntryStability)] = []
        for (group, other) in zip(groups, others) {
            let answer = hull.stabilities(of: group, others: other)
            if let winner = answer.stable { stable.append(winner) }
            rows += answer.rows
        }
        stable.sort()
        return (stable, rows)
    }
}
