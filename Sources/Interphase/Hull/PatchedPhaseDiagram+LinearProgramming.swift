extension PatchedPhaseDiagram {
    /// The stabilities of the entries whose system is exactly `system` (k elements), found
    /// without building the system's hull: one linear program per distinct composition
    /// (Akbarzadeh et al.'s grand-canonical LP with no open element): the hull energy at atom
    /// fractions x of a set of phases is min Σ λ_i f_i subject to Σ λ_i x_i = x, λ ≥ 0.
    ///
    /// For each own composition c, the LP over the other phases (the stable entries of the
    /// subsystems and this system's entries of other compositions, lowest per composition, with
    /// formation energy below −``Tolerance/formationEnergy`` as in ``PhaseDiagram``) gives h(c). The lowest
    /// entry of c is stable when its formation energy is below h(c) by more than ``Tolerance/roundoff``
    /// eV/atom; its decomposition energy is then f − h(c). Otherwise every entry of c has energy
    /// above hull f − min(h(c), f_lowest) and decomposes into the LP's optimal phases (or the
    /// stable polymorph). The LP's support is polished by solving its normal equations, so the
    /// amounts and energies are exact to rounding, as the hull's barycentric coordinates are.
    ///
    /// Used for systems of many elements, where qhull's cost grows steeply with the dimension
    /// while only a few entries need answers.
    ///
    /// - Complexity: one GLPK simplex per distinct own composition, each over the n inputs
    ///   with k rows.
    static func linearProgrammingStabilities(
        of system: ChemicalSystem, inputs: [Int], own: [Int], entries: [Entry], referenceEnergies: [Element: Double]
    ) throws(PhaseDiagramError) -> (stable: [Int], rows: [(Int, EntryStability)]) {
        let elements = system.elements
        func fractions(_ entry: Entry) -> [Double] {
            let total = entry.composition.numberOfAtoms
            return elements.map { entry.composition[$0] / total }
        }
        func formationEnergy(_ entry: Entry) -> Double {
            let total = entry.composition.numberOfAtoms
            return entry.energyPerAtom - entry.composition.amounts.reduce(0) { $0 + $1.amount / total * referenceEnergies[$1.element]! }
        }
        // Lowest entry of each composition (first of equals), as the hull takes them.
        var groups: [CompositionKey: [Int]] = [:]
        var order: [CompositionKey] = []
        var energies: [Int: Double] = [:]
        for index in inputs {
            energies[index] = formationEnergy(entries[index])
            let key = CompositionKey(entries[index].composition)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var columns: [Int] = []
        var columnKeys: [CompositionKey] = []
        for key in order {
            let lowest = CompositionKey.lowest(of: groups[key]!) { energies[$0]! }
            guard energies[lowest]! < -Tolerance.formationEnergy || entries[lowest].isElement else { continue }
            columns.append(lowest)
            columnKeys.append(key)
        }
        let columnFractions = columns.map { fractions(entries[$0]) }
        let columnEnergies = columns.map { energies[$0]! }

        var stable: [Int] = []
        var rows: [(Int, EntryStability)] = []
        var done = Set<CompositionKey>()
        for index in own {
            let key = CompositionKey(entries[index].composition)
            guard done.insert(key).inserted else { continue }
            // Only entries of exactly this system have this composition: the group is all own.
            let group = groups[key]!
            let x = fractions(entries[index])
            let usable = columns.indices.filter { columnKeys[$0] != key }
            var program = LinearProgram(
                costs: usable.map { columnEnergies[$0] },
                constraints: elements.indices.map { row in
                    LinearProgram.Constraint(coefficients: usable.map { columnFractions[$0][row] }, relation: .equal, bound: x[row])
                })
            program.exactPolishing = .unlessCertified(within: Tolerance.roundoff)
            let solution: LinearProgramSolution
            do {
                solution = try program.solve()
            } catch {
                throw .linearProgramFailed(formula: entries[index].formula, error)
            }
            // Polish: the support's amounts from the normal equations AᵀA λ = Aᵀx.
            let supportPositions = usable.indices.filter { solution.values[$0] > Tolerance.roundoff }
            var support = supportPositions.map { usable[$0] }
            var amounts = supportPositions.map { solution.values[$0] }
            let gram = support.map { a in support.map { b in zip(columnFractions[a], columnFractions[b]).reduce(0) { $0 + $1.0 * $1.1 } } }
            let right = support.map { a in zip(columnFractions[a], x).reduce(0) { $0 + $1.0 * $1.1 } }
            if let polished = DenseLinearSystem.solve(gram, right), polished.allSatisfy({ $0 > -Tolerance.barycentricInside }) {
                amounts = polished
            }
            let kept = zip(support, amounts).filter { $0.1 > Tolerance.decompositionFraction }
            support = kept.map(\.0)
            let hull = kept.reduce(0.0) { $0 + $1.1 * columnEnergies[$1.0] }

            let best = CompositionKey.lowest(of: group.sorted()) { energies[$0]! }
            let bestEnergy = energies[best]!
            let bestIsStable = bestEnergy < -Tolerance.formationEnergy && bestEnergy < hull - Tolerance.roundoff
            if bestIsStable { stable.append(best) }
            let products: [PhaseAmount] = bestIsStable
                ? [PhaseAmount(id: entries[best].id, formula: entries[best].formula, amount: 1)]
                : kept.sorted { columns[$0.0] < columns[$1.0] }.map {
                    PhaseAmount(id: entries[columns[$0.0]].id, formula: entries[columns[$0.0]].formula, amount: $0.1)
                }
            let hullEnergy = bestIsStable ? bestEnergy : hull
            for member in group {
                let energy = energies[member]!
                let isStable = bestIsStable && member == best
                rows.append((member, EntryStability(
                    id: entries[member].id, formula: entries[member].formula,
                    formationEnergyPerAtom: energy,
                    energyAboveHull: isStable ? 0 : energy - hullEnergy,
                    isStable: isStable,
                    decompositionEnergyPerAtom: isStable ? energy - hull : energy - hullEnergy,
                    decomposesTo: isStable ? [] : products)))
            }
        }
        stable.sort()
        return (stable, rows)
    }
}
