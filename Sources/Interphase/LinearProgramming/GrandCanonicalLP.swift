/// Decomposition at fixed chemical potentials as a linear program (the grand-canonical LP of
/// Akbarzadeh, Ozoliņš & Wolverton, Adv. Mater. 19, 3233 (2007)), solved with GLPK.
///
/// For a composition c and open elements k at chemical potentials μ_k (relative to their
/// references), it minimises the grand potential Σ_i x_i (E_i − Σ_k μ_k n_k,i) over the amounts
/// x_i ≥ 0 of every phase of c's chemical space (c's elements plus the open ones), subject to the
/// balance Σ_i n_j,i x_i = c_j of every closed element j. The open elements have no balance row:
/// the reservoir supplies or absorbs them. The duals of the balance rows are the closed
/// elements' chemical potentials. With no open element this is the closed hull's decomposition,
/// found independently of qhull.
///
/// Only the lowest entry of each composition is a column (the first of equals), as in the hull.
public struct GrandCanonicalLP: Sendable {
    /// The diagram whose entries, references and formation energies the LP uses.
    public let diagram: PhaseDiagram
    /// Indices into the diagram's entries of the lowest entry of each composition.
    private let columns: [Int]
    /// The reduced formula unit of each of ``columns`` (computed once: it costs a gcd and a
    /// formula per column, and every solve needs it).
    private let columnUnits: [Composition]

    /// Amounts (formula units per formula unit of the input, scaled by its atoms) at or below
    /// this are rounding, not phases.
    static let amountTolerance = 1e-9

    /// An LP over the entries of `diagram`.
    public init(diagram: PhaseDiagram) {
        self.diagram = diagram
        var lowest: [CompositionKey: Int] = [:]
        var order: [CompositionKey] = []
        for (index, entry) in diagram.entries.enumerated() {
            let key = CompositionKey(entry.composition)
            if let current = lowest[key] {
                if diagram.formationEnergiesPerAtom[index] < diagram.formationEnergiesPerAtom[current] { lowest[key] = index }
            } else {
                lowest[key] = index
                order.append(key)
            }
        }
        columns = order.map { lowest[$0]! }.sorted()
        columnUnits = columns.map { diagram.entries[$0].composition.reducedCompositionAndFactor.composition }
    }

    /// What `composition` becomes with `openElements` held at their chemical potentials.
    ///
    /// - Parameters:
    ///   - composition: The input, one formula unit as written.
    ///   - formula: The input's formula as the user wrote it, for the result (default: the
    ///     composition's formula).
    ///   - openElements: Zero or more open elements at chemical potentials ≤ 0 (relative).
    /// - Returns: Products per formula unit of the input, uptake, reaction and energies.
    /// - Throws: ``StabilityError`` for an element without entries, an open element absent from
    ///   the data, a composition made only of open elements, or an LP failure.
    /// - Complexity: one GLPK simplex solve over at most one column per composition of the space.
    public func decompose(
        _ composition: Composition, formula: String? = nil, openElements: [OpenElement] = []
    ) throws(StabilityError) -> GrandCanonicalDecomposition {
        let formula = formula ?? composition.formula
        let elements = diagram.elements
        for element in composition.elements where !elements.contains(element) {
            throw .elementNotInData(formula: formula, element: element)
        }
        var openPotential: [Element: Double] = [:]
        for open in openElements {
            guard elements.contains(open.element) else { throw .openElementNotInData(open.element) }
            guard openPotential[open.element] == nil else { throw .repeatedOpenElement(open.element) }
            openPotential[open.element] = open.chemicalPotential
        }
        let closed = composition.elements.filter { openPotential[$0] == nil }
        guard !closed.isEmpty else { throw .noClosedElements(formula: formula) }
        let allowed = Set(closed).union(openPotential.keys)

        // Columns: phases of the space with at least one closed element, per reduced formula unit.
        var phaseIndices: [Int] = []
        var phaseUnits: [Composition] = []
        var costs: [Double] = []
        for (column, index) in columns.enumerated() {
            let entry = diagram.entries[index]
            let phaseElements = entry.composition.elements
            guard phaseElements.allSatisfy(allowed.contains), phaseElements.contains(where: { openPotential[$0] == nil }) else {
                continue
            }
            let unit = columnUnits[column]
            var cost = diagram.formationEnergiesPerAtom[index] * unit.numberOfAtoms
            for (element, potential) in openPotential { cost -= potential * unit[element] }
            phaseIndices.append(index)
            phaseUnits.append(unit)
            costs.append(cost)
        }
        let constraints = closed.map { element in
            LinearProgram.Constraint(
                coefficients: phaseUnits.map { $0[element] }, relation: .equal, bound: composition[element])
        }
        let solution: LinearProgramSolution
        do {
            solution = try LinearProgram(costs: costs, constraints: constraints).solve()
        } catch {
            switch error {
            case .infeasible: throw .infeasible(formula: formula)
            case .unbounded: throw .unbounded(formula: formula)
            default: throw .solverFailed(error.description)
            }
        }

        let atoms = composition.numberOfAtoms
        var products: [(index: Int, unit: Composition, amount: Double)] = []
        for (column, amount) in solution.values.enumerated() where amount * phaseUnits[column].numberOfAtoms > GrandCanonicalLP.amountTolerance * atoms {
            products.append((phaseIndices[column], phaseUnits[column], amount))
        }
        products.sort { $0.unit.reducedFormula < $1.unit.reducedFormula }

        var uptakes: [String: Double] = [:]
        for element in openPotential.keys {
            let uptake = products.reduce(0) { $0 + $1.unit[element] * $1.amount } - composition[element]
            uptakes[element.symbol] = abs(uptake) <= GrandCanonicalLP.amountTolerance * atoms ? 0 : uptake
        }
        let productEnergy = products.reduce(0) {
            $0 + diagram.formationEnergiesPerAtom[$1.index] * $1.unit.numberOfAtoms * $1.amount
        }
        let inputEnergy = inputFormationEnergy(of: composition) * atoms
        let inputGrandPotential = inputEnergy - openPotential.reduce(0) { $0 + $1.value * composition[$1.key] }
        let grandPotential = solution.objectiveValue

        var reactants: [(formula: String, amount: Double)] = [(formula, 1)]
        var productTerms = products.map { (formula: $0.unit.reducedFormula, amount: $0.amount) }
        var reactantAtoms = atoms
        for element in openPotential.keys.sorted() {
            let uptake = uptakes[element.symbol]!
            let unit = Composition.element(element).reducedCompositionAndFactor.composition
            if uptake > 0 {
                reactants.append((unit.reducedFormula, uptake / unit.numberOfAtoms))
                reactantAtoms += uptake
            } else if uptake < 0 {
                productTerms.append((unit.reducedFormula, -uptake / unit.numberOfAtoms))
            }
        }
        var closedPotentials: [String: Double] = [:]
        for (row, element) in closed.enumerated() { closedPotentials[element.symbol] = solution.rowDuals[row] }

        let first = openElements.first
        return GrandCanonicalDecomposition(
            formula: formula,
            openElement: first?.element,
            voltage: first?.voltage,
            chemicalPotential: first?.chemicalPotential,
            products: products.map {
                PhaseAmount(id: diagram.entries[$0.index].id, formula: $0.unit.reducedFormula, amount: $0.amount)
            },
            openElementUptake: first.map { uptakes[$0.element.symbol]! } ?? 0,
            reaction: ReactionFormatter.reaction(reactants: reactants, products: productTerms),
            reactionEnergyPerAtom: (productEnergy - inputEnergy) / reactantAtoms,
            grandPotentialChangePerAtom: min(0, (grandPotential - inputGrandPotential) / atoms),
            grandPotential: grandPotential,
            closedChemicalPotentials: closedPotentials,
            openElementUptakes: uptakes)
    }

    /// The input's formation energy per atom: its lowest entry's when the data contain its
    /// composition, otherwise the closed hull's at its composition.
    func inputFormationEnergy(of composition: Composition) -> Double {
        var lowest: Double? = nil
        for index in columns where diagram.entries[index].composition.isSameReducedComposition(as: composition) {
            lowest = min(lowest ?? .infinity, diagram.formationEnergiesPerAtom[index])
        }
        // The composition's elements were checked to be in the diagram.
        return lowest ?? (try! diagram.hullFormationEnergyPerAtom(at: composition))
    }
}
