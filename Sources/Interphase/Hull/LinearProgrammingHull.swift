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
    /// The column entries' indices as given (the entries are read through them), their atom
    /// fractions over ``elements`` and formation energies per atom.
    let columnIndices: [Int]
    /// The column of each composition of exactly this system among the columns (one per
    /// composition; a question of this system has all of its elements, so no other composition
    /// is looked up).
    let columnOfKey: [CompositionKey: Int]
    /// Column after column (one allocation, not one per column): column c's atom fraction of
    /// element r at `c * elements.count + r` (``fractions(ofColumn:)``).
    let columnFractions: [Double]
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
    /// - Complexity: O(n k) for n inputs of k elements.
    init(
        system: ChemicalSystem, inputs: [Int], entry: (Int) -> Entry, referenceEnergies: [Element: Double]
    ) {
        let table = EntryTable(entries: inputs.map(entry), referenceEnergies: referenceEnergies)
        self.init(
            system: system, inputs: inputs, entry: entry, referenceEnergies: referenceEnergies,
            table: table, tableIsByEntry: false)
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
    /// - Complexity: O(n k) for n inputs of k elements.
    init(
        system: ChemicalSystem, inputs: [Int], entry: (Int) -> Entry, referenceEnergies: [Element: Double],
        table: EntryTable, tableIsByEntry: Bool
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
        var columnIndices: [Int] = []
        var columnFractions: [Double] = []
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
            if ownGroups[ordinal] != nil { columnOfKey[key] = columnIndices.count }
            columnIndices.append(inputs[lowest])
            columnFractions.append(contentsOf: column.composition.atomicFractions(over: elements))
            columnEnergies.append(energy)
        }
        self.columnIndices = columnIndices
        self.columnOfKey = columnOfKey
        self.columnFractions = columnFractions
        self.columnEnergies = columnEnergies
        self.groups = groups
    }

    /// The stable entries of one system of the data that are columns of the programs of every
    /// system above it (below −`Tolerance.formationEnergy`, or pure elements), ascending, with
    /// their formation energies per atom and atom fractions: computed once per system
    /// (``HullStore``), gathered by each new system above it.
    ///
    /// All in one buffer of words, so that a new system, which gathers the columns of dozens of
    /// subsystems, reads each subsystem's from one run of memory (the look-ups of separate arrays
    /// per subsystem were cache misses that cost more than the copying): column after column, its
    /// entry's index, the bit pattern of its formation energy, its number of elements m, then m
    /// pairs of an atomic number and the bit pattern of that element's atom fraction.
    struct StableColumns: Sendable {
        /// The number of columns.
        let count: Int
        let words: [UInt64]

        /// The columns among `stableEntries` (ascending indices), energies against `referenceEnergies`.
        ///
        /// - Complexity: O(n k) for n entries of k elements.
        init(stableEntries: [Int], entry: (Int) -> Entry, referenceEnergies: [Element: Double]) {
            var count = 0
            var words: [UInt64] = []
            for index in stableEntries {
                let column = entry(index)
                let energy = column.formationEnergyPerAtom(over: referenceEnergies)
                guard energy < -Tolerance.formationEnergy || column.isElement else { continue }
                count += 1
                words.append(UInt64(index))
                words.append(energy.bitPattern)
                words.append(UInt64(column.composition.amounts.count))
                // As `Composition.atomicFractions(over:)` divides: each amount by the number of atoms.
                let total = column.composition.numberOfAtoms
                for amount in column.composition.amounts {
                    words.append(UInt64(amount.element.atomicNumber))
                    words.append((amount.amount / total).bitPattern)
                }
            }
            self.count = count
            self.words = words
        }
    }

    /// The programs of `system` prepared from its subsystems' columns, computed once per
    /// subsystem, and its own entries: the columns ``init(system:inputs:entry:referenceEnergies:)``
    /// prepares from the subsystems' stable entries and `own`, without reading a subsystem's
    /// entry or computing its energy again, and hashing only the own compositions. A subsystem's
    /// stable entries are one per composition, none of the system's own (those have all of its
    /// elements), so each is its composition's column; the own entries are grouped by
    /// composition, the lowest of each (the first of equals) its column. Columns are in the order
    /// of each composition's first index, as there. Without own entries (a screening's new
    /// system), no key is kept: no candidate of the system shares a composition with a column.
    ///
    /// - Parameters:
    ///   - system: The chemical system.
    ///   - stableColumns: The columns of each of its proper subsystems with entries.
    ///   - own: Indices of the entries of exactly `system` (ascending).
    ///   - entry: The entry at an index (the own entries).
    ///   - referenceEnergies: Each element's reference energy per atom (those of the columns).
    /// - Complexity: O(n k + n log n) for n columns of k elements.
    init(
        system: ChemicalSystem, stableColumns: [StableColumns], own: [Int], entry: (Int) -> Entry,
        referenceEnergies: [Element: Double]
    ) {
        elements = system.elements
        self.referenceEnergies = referenceEnergies
        // The own compositions, in order of first appearance: each one's entries, lowest entry
        // (the first of equals) and its energy.
        var ordinalOfKey: [CompositionKey: Int] = [:]
        var ownKeys: [CompositionKey] = [], ownGroups: [[Int]] = [], lowest: [(index: Int, energy: Double)] = []
        for index in own {
            let member = entry(index)
            let key = CompositionKey(member.composition)
            let energy = member.formationEnergyPerAtom(over: referenceEnergies)
            if let ordinal = ordinalOfKey[key] {
                ownGroups[ordinal].append(index)
                if energy < lowest[ordinal].energy { lowest[ordinal] = (index, energy) }
            } else {
                ordinalOfKey[key] = ownKeys.count
                ownKeys.append(key)
                ownGroups.append([index])
                lowest.append((index, energy))
            }
        }
        // The own compositions whose lowest entry is a column (below −`Tolerance.formationEnergy`,
        // or a pure element); every own composition is a group.
        var groups: [CompositionKey: [Int]] = [:]
        var ownColumns: [Int] = []  // ordinals
        for ordinal in ownKeys.indices {
            groups[ownKeys[ordinal]] = ownGroups[ordinal]
            if lowest[ordinal].energy < -Tolerance.formationEnergy || entry(lowest[ordinal].index).isElement {
                ownColumns.append(ordinal)
            }
        }
        // Every column by its composition's first index (each index in one subsystem or one own
        // group), one integer each, sorted as integers: the index in the upper 32 bits, in the
        // lower its place among the subsystems' columns (subsystem after subsystem) or, after
        // them, among the own columns. Its rank in that order is its column.
        let subsystemColumnCount = stableColumns.reduce(0) { $0 + $1.count }
        var order: [UInt64] = []
        order.reserveCapacity(subsystemColumnCount + ownColumns.count)
        for columns in stableColumns {
            var word = 0
            for _ in 0..<columns.count {
                order.append(UInt64(UInt32(columns.words[word])) << 32 | UInt64(order.count))
                word += 3 + 2 * Int(columns.words[word + 2])
            }
        }
        for ordinal in ownColumns { order.append(UInt64(UInt32(ownGroups[ordinal][0])) << 32 | UInt64(order.count)) }
        order.sort()
        var columnOfPlace = [Int](repeating: 0, count: order.count)
        for (column, item) in order.enumerated() { columnOfPlace[Int(truncatingIfNeeded: item & 0xFFFF_FFFF)] = column }
        // Each subsystem's columns written in place, subsystem after subsystem (no array per
        // column), each fraction at the row of its element among the system's
        // (``ChemicalSystem/offset(ofAtomicNumber:)``).
        let rows = elements.count
        var columnFractions = [Double](repeating: 0, count: order.count * rows)
        var columnIndices = [Int](repeating: 0, count: order.count)
        var columnEnergies = [Double](repeating: 0, count: order.count)
        var place = 0
        for columns in stableColumns {
            let words = columns.words
            var word = 0
            for _ in 0..<columns.count {
                let column = columnOfPlace[place]
                place += 1
                columnIndices[column] = Int(words[word])
                columnEnergies[column] = Double(bitPattern: words[word + 1])
                let end = word + 3 + 2 * Int(words[word + 2])
                word += 3
                while word < end {
                    columnFractions[column * rows + system.offset(ofAtomicNumber: Int(words[word]))] = Double(bitPattern: words[word + 1])
                    word += 2
                }
            }
        }
        var columnOfKey: [CompositionKey: Int] = [:]
        for ordinal in ownColumns {
            let column = columnOfPlace[place]
            place += 1
            let index = lowest[ordinal].index
            columnOfKey[ownKeys[ordinal]] = column
            columnIndices[column] = index
            columnEnergies[column] = lowest[ordinal].energy
            columnFractions.replaceSubrange(
                (column * rows)..<((column + 1) * rows), with: entry(index).composition.atomicFractions(over: elements))
        }
        self.columnIndices = columnIndices
        self.columnOfKey = columnOfKey
        self.columnFractions = columnFractions
        self.columnEnergies = columnEnergies
        self.groups = groups
    }

    /// Column `column`'s atom fractions over ``elements``.
    func fractions(ofColumn column: Int) -> ArraySlice<Double> {
        columnFractions[(column * elements.count)..<((column + 1) * elements.count)]
    }

    /// The hull of the columns of compositions other than each question's own at its
    /// composition (the optimal columns with their atom fractions, and the hull's formation
    /// energy, eV/atom), for each of `questions`, as one sequence of LPs over
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
        var answers: [(phases: [(column: Int, fraction: Double)], energy: Double)] = []
        answers.reserveCapacity(questions.count)
        for answer in eachHullOfOtherCompositions(at: questions, warmStarted: true) { answers.append(try answer.get()) }
        return answers
    }

    /// Questions solved per work item of the cores by the dense simplex, when there are more.
    static var questionsPerWorkItem: Int { 128 }

    /// ``hullsOfOtherCompositions(at:)`` with each question's failure apart: one question without
    /// an optimum fails alone.
    ///
    /// - Parameter warmStarted: Whether each solve starts from the previous one's basis (a few
    ///   pivots each), or each from a fresh one (the optimum a lone question gets, bit for bit:
    ///   where several supports are optimal, a warm start may pick another, whose amounts then
    ///   differ in the last digits).
    /// - Complexity: one set-up, then a few simplex pivots per question warm-started, or a
    ///   simplex each.
    func eachHullOfOtherCompositions(
        at questions: [(entry: Entry, key: CompositionKey)], warmStarted: Bool
    ) -> [Result<(phases: [(column: Int, fraction: Double)], energy: Double), PhaseDiagramError>] {
        guard !questions.isEmpty else { return [] }
        let fractions = questions.map { $0.entry.composition.atomicFractions(over: elements) }
        let excluded = questions.map { columnOfKey[$0.key] }
        // The dense simplex first (certified optima, no set-up); GLPK for the questions it
        // cannot certify, with the sequence's warm starts among them.
        let simplex = DenseSimplex(rowCount: elements.count, coefficients: columnFractions, costs: columnEnergies)
        let support = { @Sendable (position: Int) -> Result<(columns: [Int], amounts: [Double]), PhaseDiagramError>? in
            simplex.minimum(at: fractions[position], excluding: excluded[position], tolerance: Tolerance.roundoff).map { optimum in
                let support = zip(optimum.columns, optimum.amounts).filter { $0.1 > Tolerance.roundoff }.sorted { $0.0 < $1.0 }
                return .success((support.map(\.0), support.map(\.1)))
            }
        }
        // Each solve stands alone: many questions of one system (a system holding thousands of
        // its own compositions) are spread over the cores.
        var supports = questions.count > Self.questionsPerWorkItem
            ? concurrentBlocks(count: questions.count, size: Self.questionsPerWorkItem, joining: { $0.map(support) })
            : questions.indices.map(support)
        let unanswered = questions.indices.filter { supports[$0] == nil }
        if !unanswered.isEmpty {
            for (position, support) in zip(unanswered, linearProgramSupports(
                at: unanswered.map { fractions[$0] }, excluding: unanswered.map { excluded[$0] },
                formulas: unanswered.map { questions[$0].entry.formula }, warmStarted: warmStarted)) {
                supports[position] = support
            }
        }
        return supports.enumerated().map { position, found in
            let support: [Int]
            var amounts: [Double]
            switch found! {
            case .success(let optimum): (support, amounts) = optimum
            case .failure(let error): return .failure(error)
            }
            let x = fractions[position]
            // Polish: the support's amounts from the normal equations AᵀA λ = Aᵀx.
            let gram = support.map { a in support.map { b in zip(self.fractions(ofColumn: a), self.fractions(ofColumn: b)).reduce(0) { $0 + $1.0 * $1.1 } } }
            let right = support.map { a in zip(self.fractions(ofColumn: a), x).reduce(0) { $0 + $1.0 * $1.1 } }
            if let polished = DenseLinearSystem.solve(gram, right), polished.allSatisfy({ $0 > -Tolerance.barycentricInside }) {
                amounts = polished
            }
            let kept = zip(support, amounts).filter { $0.1 > Tolerance.decompositionFraction }.map { (column: $0.0, fraction: $0.1) }
            return .success((kept, kept.reduce(0.0) { $0 + $1.fraction * columnEnergies[$1.column] }))
        }
    }

    /// GLPK's optima at `fractions` (each with its own composition's column held at 0), as
    /// each optimum's support (the columns with amounts above rounding, ascending) and amounts:
    /// one prepared program, solved as one warm-started sequence or each from a fresh basis.
    private func linearProgramSupports(
        at fractions: [[Double]], excluding excluded: [Int?], formulas: [String], warmStarted: Bool
    ) -> [Result<(columns: [Int], amounts: [Double]), PhaseDiagramError>] {
        var program = LinearProgram(
            costs: columnEnergies,
            constraints: elements.indices.map { row in
                LinearProgram.Constraint(
                    coefficients: stride(from: row, to: columnFractions.count, by: elements.count).map { columnFractions[$0] },
                    relation: .equal, bound: 0)
            })
        program.exactPolishing = .unlessCertified(within: Tolerance.roundoff)
        program.scalesProblem = false
        var optima: [Result<LinearProgram.SequenceOptimum, LinearProgramError>] = []
        optima.reserveCapacity(fractions.count)
        for range in warmStarted ? [fractions.indices] : fractions.indices.map({ $0..<($0 + 1) }) {
            do {
                optima += try program.solve(rightHandSides: Array(fractions[range]), excludedColumns: Array(excluded[range]))
            } catch {
                optima += range.map { _ in .failure(error) }
            }
        }
        return optima.enumerated().map { position, optimum in
            switch optimum {
            case .success(let solution):
                let support = columnEnergies.indices.filter { $0 != excluded[position] && solution.values[$0] > Tolerance.roundoff }
                return .success((support, support.map { solution.values[$0] }))
            case .failure(let error):
                return .failure(.linearProgramFailed(formula: formulas[position], error))
            }
        }
    }

    /// The stabilities of entries that share one composition of exactly this system, given the
    /// hull of the other compositions there (from ``hullsOfOtherCompositions(at:)``).
    ///
    /// - Parameters:
    ///   - group: The entries (with any distinct indices; the lowest index wins ties), all of one
    ///     composition, whose elements are ``elements``.
    ///   - others: The hull of the other compositions at their composition.
    ///   - entry: The input at an index (for the products).
    ///   - formulas: Each entry's reduced formula by index (a whole-data pass's), or `nil` to
    ///     compute the members' and the products'.
    /// - Returns: The index of the stable one, if any, and each entry's stability.
    func stabilities(
        of group: [(index: Int, entry: Entry)], others: (phases: [(column: Int, fraction: Double)], energy: Double),
        entry: (Int) -> Entry, formulas: [String]? = nil
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
                let product = entry(columnIndices[$0.column])
                return PhaseAmount(id: product.id, formula: formulas?[columnIndices[$0.column]] ?? product.formula, amount: $0.fraction)
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

    /// The stability of one candidate of exactly this system, not among the inputs, as if added
    /// to them alone: the row ``stabilities(of:others:)`` gives it in a group of the data's
    /// entries of its composition and itself (the data's entries win ties), computed for it alone.
    ///
    /// - Parameters:
    ///   - candidate: The candidate, energy in eV per formula unit.
    ///   - formula: The formula its row reports.
    ///   - key: Its composition's key.
    ///   - others: The hull of the other compositions at its composition (``eachHullOfOtherCompositions(at:)``).
    ///   - entry: The input at a global index (for the data's entries of its composition).
    ///   - names: Formulas of products written so far, by global index; filled as products are named.
    /// - Returns: The candidate's row.
    func candidateStability(
        of candidate: Entry, formula: String, key: CompositionKey,
        others: (phases: [(column: Int, fraction: Double)], energy: Double),
        entry: (Int) -> Entry, names: inout [Int: String]
    ) -> EntryStability {
        let (kept, hull) = others
        let energy = candidate.formationEnergyPerAtom(over: referenceEnergies)
        // The data's lowest entry of this composition (the first of equals, as indices ascend):
        // the candidate, last in the group, is the group's lowest only when strictly below it.
        var polymorph: (index: Int, energy: Double)?
        for index in groups[key] ?? [] {
            let polymorphEnergy = entry(index).formationEnergyPerAtom(over: referenceEnergies)
            if polymorph.map({ polymorphEnergy < $0.energy }) ?? true { polymorph = (index, polymorphEnergy) }
        }
        let candidateIsLowest = polymorph.map { energy < $0.energy } ?? true
        let lowestEnergy = candidateIsLowest ? energy : polymorph!.energy
        let lowestIsStable = EntryStability.liesBelowHull(formation: lowestEnergy, hull: hull)
        let isStable = lowestIsStable && candidateIsLowest
        let hullEnergy = lowestIsStable ? lowestEnergy : hull
        func name(_ index: Int, _ product: Entry) -> String {
            if let known = names[index] { return known }
            let written = product.formula
            names[index] = written
            return written
        }
        var products: [PhaseAmount] = []
        if !isStable {
            if lowestIsStable, let polymorph {
                let product = entry(polymorph.index)
                products = [PhaseAmount(id: product.id, formula: name(polymorph.index, product), amount: 1)]
            } else {
                products = kept.sorted { columnIndices[$0.column] < columnIndices[$1.column] }.map {
                    let product = entry(columnIndices[$0.column])
                    return PhaseAmount(id: product.id, formula: name(columnIndices[$0.column], product), amount: $0.fraction)
                }
            }
        }
        let aboveHull = EntryStability.energyAboveHull(formation: energy, hull: hullEnergy)
        return EntryStability(
            id: candidate.id, formula: formula, formationEnergyPerAtom: energy,
            energyAboveHull: isStable ? 0 : aboveHull, isStable: isStable,
            decompositionEnergyPerAtom: EntryStability.decompositionEnergy(
                isElement: candidate.isElement, compositionIsOnHull: lowestIsStable, formationEnergy: energy,
                energyAboveHull: aboveHull, hullOfOtherCompositions: { hull }),
            decomposesTo: products)
    }
}
