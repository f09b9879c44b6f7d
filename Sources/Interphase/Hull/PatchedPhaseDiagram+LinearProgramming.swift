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
    /// - Complexity: one GLPK simplex per distinct own composition, each over the n inputs
    ///   with k rows.
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
        var stable: [Int] = []
        var rows: [(Int, EntryStability)] = []
        var done = Set<CompositionKey>()
        for index in own {
            let key = CompositionKey(entries[index].composition)
            guard done.insert(key).inserted else { continue }
            // Only entries of exactly this system have this composition: the group is all own.
            let group = hull.groups[key]!.map { (index: $0, entry: entries[$0]) }
            let answer = try hull.stabilities(of: group, key: key)
            if let winner = answer.stable { stable.append(winner) }
            rows += answer.rows
        }
        stable.sort()
        return (stable, rows)
    }
}
