/// The lower hull of a chemical system's phases, stood in for by linear programs: prepared once
/// from the phases a hull of the system would be built from, after which each composition's
/// question (is this entry stable, how far above or below the hull, into what does it
/// decompose) is one LP over them — Akbarzadeh et al.'s grand-canonical LP with no open
/// element: the hull energy at atom fractions x is min Σ λ_i f_i subject to Σ λ_i x_i = x, λ ≥ 0.
///
/// The columns are the lowest entry of each composition among the inputs whose formation energy
/// is below −`Tolerance.formationEnergy` (and the pure elements), as `PhaseDiagram` takes
/// its hull points. For a composition c the LP runs over the columns of other compositions and
/// gives h(c), the hull of everything else there. The lowest entry of c is stable when its
/// formation energy is below h(c) by more than `Tolerance.onHull` eV/atom (the one verdict,
/// `EntryStability.liesBelowHull(formation:hull:)`). Every other entry of c has energy above
/// hull f − min(h(c), f_lowest) (never negative) and decomposes into the LP's optimal phases
/// (or the stable polymorph). Bartel's decomposition energy of every entry of c is f − h(c),
/// as pymatgen's `get_decomp_and_phase_separation_energy` defines it. The LP's support is polished by solving its normal equations, so amounts and
/// energies are exact to rounding, as a hull's barycentric coordinates are.
///
/// Used by the ``HullStore`` for the systems ``HullRoutingPolicy/answersByLinearPrograms(elementCount:own:inputs:)``
/// picks, for the decomposition energies of stable compounds in its whole-data pass, and for
/// candidates of ``HullRoutingPolicy/candidateLinearProgrammingElementCount`` or more elements: a
/// system's few own compositions cost less as LPs than its hull, whose points are mostly the
/// subsystems' phases on its boundary.
struct LinearProgrammingHull: Sendable {
    /// The system's elements, in order: the LP's rows.
    let elements: [Element]
    /// Each element's reference energy per atom (its lowest pure entry in the data).
    let referenceEnergies: [Element: Double]
    /// The column entries, their indices as given, their compositions' keys, atom fractions over
    /// ``elements`` and formation energies per atom.
    let columns: [Entry]
    let columnIndices: [Int]
    /// The columns' reduced formulas, computed once when the hull answers many candidates
    /// (`namesColumns`); otherwise each product's formula is computed when it is named.
    let columnFormulas: [String]?
    let columnKeys: [CompositionKey]
    /// The column of each composition of exactly this system among the columns (one per
    /// composition; a question of this system has all of its elements, so no other composition
    /// is looked up).
    let columnOfKey: [CompositionKey: Int]
    let columnFractions: [[Double]]
    let columnEnergies: [Double]
    /// The inputs of exactly this system (their indices as given) grouped by composition.
    let groups: [CompositionKey: [Int]]

    /// Prepares the columns of `inputs`.
    ///
    /// - Parameters:
    ///   - system: The chemical system.
    ///   - inputs: Indices of the phases a hull of `system` is built from (ascending).
    ///   - entry: The entry at an index.
    ///   - referenceEnergies: Each element's reference energy per atom.
    ///   - namesColumns: Whether to compute the columns' formulas now (for a hull that answers
    ///     many candidates) rather than each time a product is named.
    /// - Complexity: O(n k) for n inputs of k elements.
    init(
        system: ChemicalSystem, inputs: [Int], entry: (Int) -> Entry, referenceEnergies: [Element: Double],
        namesColumns: Bool = false
    ) {
        let table = EntryTable(entries: inputs.map(entry), referenceEnergies: referenceEnergies)
        self.init(
            system: system, inputs: inputs, entry: entry, referenceEnergies: referenceEnergies,
            table: table, tableIsByEntry: false, namesColumns: namesColumns, formula: { entry($0).formula })
    }

    /// What the columns are prepared from, per entry: its composition's key, a number standing
    /// for that key (equal numbers, equal keys) and its formation energy per atom.
    struct EntryTable: Sendable {
        let keys: [CompositionKey]
        let compositionNumbers: [Int]
        let formationEnergies: [Double]
        /// Each entry's number of elements.
        let elementCounts: [Int]
        /// Each entry's reduced formula, when the table is of all entries of a whole-data pass
        /// (every row names its entry, and products name their phases again and again).
        let formulas: [String]?

        /// The table of `entries`, formation energies (eV/atom) against `referenceEnergies`.
        ///
        /// - Parameter withFormulas: Whether to hold each entry's reduced formula.
        /// - Complexity: O(N k) for N entries of k elements.
        init(entries: [Entry], referenceEnergies: [Element: Double], withFormulas: Bool = false) {
            let rows = concurrentBlocks(count: entries.count, size: 4096) { range in
                range.map {
                    (CompositionKey(entries[$0].composition), entries[$0].formationEnergyPerAtom(over: referenceEnergies),
                     withFormulas ? entries[$0].formula : "")
                }
            }.joined()
            keys = rows.map(\.0)
            formationEnergies = rows.map(\.1)
            formulas = withFormulas ? rows.map(\.2) : nil
            elementCounts = entries.map(\.composition.amounts.count)
            var numberOfKey: [CompositionKey: Int] = [:]
            numberOfKey.reserveCapacity(keys.count)
            compositionNumbers = keys.map { key in
                if let number = numberOfKey[key] { return number }
                numberOfKey[key] = numberOfKey.count
                return numberOfKey.count - 1
            }
        }
    }

    /// Prepares the columns of `inputs` from a table of their keys and formation energies
    /// computed beforehand (a whole-data pass computes it once per entry, not once per system an
    /// entry is an input of).
    ///
    /// - Parameters:
    ///   - system: The chemical system.
    ///   - inputs: Indices of the phases a hull of `system` is built from (ascending).
    ///   - entry: The entry at an index.
    ///   - referenceEnergies: Each element's reference energy per atom (those of `table`).
    ///   - table: The inputs' keys, composition numbers and formation energies.
    ///   - tableIsByEntry: Whether `table` is indexed by the entries' indices (a table of all the
    ///     entries) rather than by position in `inputs`.
    ///   - namesColumns: Whether to name the columns now (by `formula`) rather than each time a
    ///     product is named.
    ///   - formula: The reduced formula of the entry at an index.
    /// - Complexity: O(n k) for n inputs of k elements.
    init(
        system: ChemicalSystem, inputs: [Int], entry: (Int) -> Entry, referenceEnergies: [Element: Double],
        table: EntryTable, tableIsByEntry: Bool, namesColumns: Bool, formula: (Int) -> String
    ) {
        elements = system.elements
        self.referenceEnergies = referenceEnergies
        let row = tableIsByEntry ? inputs : Array(inputs.indices)
        // The lowest input of each composition (the first of equals) and, for the compositions of
        // exactly this system, all of its inputs, in order of first appearance: the only groups
        // anyone looks up (a question of this system has all of its elements).
        var ordinalOfNumber: [Int: Int] = [:]
        ordinalOfNumber.reserveCapacity(inputs.count)
        var lowestByOrdinal: [Int] = []
        var ownGroups: [Int: [Int]] = [:]
        for position in inputs.indices {
            let number = table.compositionNumbers[row[position]]
            if let ordinal = ordinalOfNumber[number] {
                if table.formationEnergies[row[position]] < table.formationEnergies[row[lowestByOrdinal[ordinal]]] {
                    lowestByOrdinal[ordinal] = position
                }
                ownGroups[ordinal]?.append(inputs[position])
            } else {
                let ordinal = lowestByOrdinal.count
                ordinalOfNumber[number] = ordinal
                lowestByOrdinal.append(position)
                if table.elementCounts[row[position]] == elements.count { ownGroups[ordinal] = [inputs[position]] }
            }
        }
        var columns: [Entry] = []
        var columnIndices: [Int] = []
        var columnKeys: [CompositionKey] = []
        var columnFractions: [[Double]] = []
        var columnEnergies: [Double] = []
        var columnOfKey: [CompositionKey: Int] = [:]
        var groups: [CompositionKey: [Int]] = [:]
        groups.reserveCapacity(ownGroups.count)
        for (ordinal, lowest) in lowestByOrdinal.enumerated() {
            let key = table.keys[row[lowest]]
            let energy = table.formationEnergies[row[lowest]]
            if let group = ownGroups[ordinal] { groups[key] = group }
            let column = entry(inputs[lowest])
            guard energy < -Tolerance.formationEnergy || column.isElement else { continue }
            if ownGroups[ordinal] != nil { columnOfKey[key] = columns.count }
            columns.append(column)
            columnIndices.append(inputs[lowest])
            columnKeys.append(key)
            columnFractions.append(column.composition.atomicFractions(over: elements))
            columnEnergies.append(energy)
        }
        self.columns = columns
        self.columnIndices = columnIndices
        self.columnFormulas = namesColumns ? columnIndices.map(formula) : nil
        self.columnKeys = columnKeys
        self.columnOfKey = columnOfKey
        self.columnFractions = columnFractions
        self.columnEnergies = columnEnergies
        self.groups = groups
    }

    /// The hull of the columns of compositions other than `key` at `entry`'s composition: the
    /// optimal columns with their atom fractions and the hull's formation energy (eV/atom).
    ///
    /// - Throws: ``PhaseDiagramError/linearProgramFailed(formula:_:)``.
    /// - Complexity: one GLPK simplex over the columns with k rows.
    func hullOfOtherCompositions(
        at entry: Entry, key: CompositionKey
    ) throws(PhaseDiagramError) -> (phases: [(column: Int, fraction: Double)], energy: Double) {
        try hullsOfOtherCompositions(at: [(entry, key)])[0]
    }

    /// ``hullOfOtherCompositions(at:key:)`` for each of `questions`, as one sequence of LPs over
    /// the columns (each from the previous one's basis; see
    /// `LinearProgram.solve(rightHandSides:excludedColumns:)`), the column of the question's
    /// own composition fixed at 0.
    ///
    /// - Throws: ``PhaseDiagramError/linearProgramFailed(formula:_:)`` naming the first question
    ///   without an optimum.
    /// - Complexity: one set-up, then a few simplex pivots per question.
    func hullsOfOtherCompositions(
        at questions: [(entry: Entry, key: CompositionKey)]
    ) throws(PhaseDiagramError) -> [(phases: [(column: Int, fraction: Double)], energy: Double)] {
        guard !questions.isEmpty else { return [] }
        var program = LinearProgram(
            costs: columnEnergies,
            constraints: elements.indices.map { row in
                LinearProgram.Constraint(coefficients: columnFractions.map { $0[row] }, relation: .equal, bound: 0)
            })
        program.exactPolishing = .unlessCertified(within: Tolerance.roundoff)
        program.scalesProblem = false
        let fractions = questions.map { $0.entry.composition.atomicFractions(over: elements) }
        let excluded = questions.map { columnOfKey[$0.key] }
        let optima: [Result<LinearProgram.SequenceOptimum, LinearProgramError>]
        do {
            optima = try program.solve(rightHandSides: fractions, excludedColumns: excluded)
        } catch {
            throw .linearProgramFailed(formula: questions[0].entry.formula, error)
        }
        var answers: [(phases: [(column: Int, fraction: Double)], energy: Double)] = []
        answers.reserveCapacity(questions.count)
        for (position, optimum) in optima.enumerated() {
            let values: [Double]
            switch optimum {
            case .success(let solution): values = solution.values
            case .failure(let error): throw .linearProgramFailed(formula: questions[position].entry.formula, error)
            }
            let x = fractions[position]
            // Polish: the support's amounts from the normal equations AᵀA λ = Aᵀx.
            let support = columnKeys.indices.filter { $0 != excluded[position] && values[$0] > Tolerance.roundoff }
            var amounts = support.map { values[$0] }
            let gram = support.map { a in support.map { b in zip(columnFractions[a], columnFractions[b]).reduce(0) { $0 + $1.0 * $1.1 } } }
            let right = support.map { a in zip(columnFractions[a], x).reduce(0) { $0 + $1.0 * $1.1 } }
            if let polished = DenseLinearSystem.solve(gram, right), polished.allSatisfy({ $0 > -Tolerance.barycentricInside }) {
                amounts = polished
            }
            let kept = zip(support, amounts).filter { $0.1 > Tolerance.decompositionFraction }.map { (column: $0.0, fraction: $0.1) }
            answers.append((kept, kept.reduce(0.0) { $0 + $1.fraction * columnEnergies[$1.column] }))
        }
        return answers
    }

    /// The stabilities of entries that share one composition of exactly this system.
    ///
    /// - Parameters:
    ///   - group: The entries (with any distinct indices; the lowest index wins ties), all of the
    ///     composition `key`, whose elements are ``elements``.
    ///   - key: Their composition's key.
    /// - Returns: The index of the stable one, if any, and each entry's stability.
    /// - Throws: ``PhaseDiagramError/linearProgramFailed(formula:_:)``.
    /// - Complexity: one GLPK simplex over the columns with k rows.
    func stabilities(
        of group: [(index: Int, entry: Entry)], key: CompositionKey
    ) throws(PhaseDiagramError) -> (stable: Int?, rows: [(Int, EntryStability)]) {
        stabilities(of: group, others: try hullOfOtherCompositions(at: group[0].entry, key: key))
    }

    /// ``stabilities(of:key:)`` given the hull of the other compositions there (from
    /// ``hullsOfOtherCompositions(at:)``).
    ///
    /// - Parameter formulas: Each entry's reduced formula by index (a whole-data pass's), or
    ///   `nil` to compute the members'.
    func stabilities(
        of group: [(index: Int, entry: Entry)], others: (phases: [(column: Int, fraction: Double)], energy: Double),
        formulas: [String]? = nil
    ) -> (stable: Int?, rows: [(Int, EntryStability)]) {
        let (kept, hull) = others

        let members = group.sorted { $0.index < $1.index }
        let energies = members.map { $0.entry.formationEnergyPerAtom(over: referenceEnergies) }
        let bestPosition = CompositionKey.lowest(of: Array(members.indices)) { energies[$0] }
        let best = members[bestPosition]
        let bestEnergy = energies[bestPosition]
        let bestIsStable = EntryStability.liesBelowHull(formation: bestEnergy, hull: hull)
        let products: [PhaseAmount] = bestIsStable
            ? [PhaseAmount(id: best.entry.id, formula: formulas?[best.index] ?? best.entry.formula, amount: 1)]
            : kept.sorted { columnIndices[$0.column] < columnIndices[$1.column] }.map {
                PhaseAmount(id: columns[$0.column].id, formula: columnFormulas?[$0.column] ?? columns[$0.column].formula, amount: $0.fraction)
            }
        let hullEnergy = bestIsStable ? bestEnergy : hull
        var rows: [(Int, EntryStability)] = []
        rows.reserveCapacity(members.count)
        for (position, member) in members.enumerated() {
            let energy = energies[position]
            let isStable = bestIsStable && position == bestPosition
            rows.append((member.index, EntryStability(
                id: member.entry.id, formula: formulas?[member.index] ?? member.entry.formula,
                formationEnergyPerAtom: energy,
                energyAboveHull: isStable ? 0 : EntryStability.energyAboveHull(formation: energy, hull: hullEnergy),
                isStable: isStable,
                decompositionEnergyPerAtom: EntryStability.decompositionEnergy(
                    isElement: member.entry.isElement, compositionIsOnHull: bestIsStable, formationEnergy: energy,
                    energyAboveHull: EntryStability.energyAboveHull(formation: energy, hull: hullEnergy),
                    hullOfOtherCompositions: { hull }),
                decomposesTo: isStable ? [] : products)))
        }
        return (bestIsStable ? best.index : nil, rows)
    }
}
